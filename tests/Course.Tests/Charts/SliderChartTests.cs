using System.Text.Json;
using Course.Charts;
using Course.Optimizers;
using Course.Surfaces;

namespace Course.Tests.Charts;

public sealed class SliderChartTests
{
    [Fact]
    public void Trajectory_slider_has_one_step_per_knob_value_each_showing_only_its_own_run()
    {
        var surface = new IllConditionedQuadratic(20);
        double[] rates = [0.01, 0.05, 0.09, 0.13];

        var json = ChartJson.Of(SliderChart.Trajectories(
            surface,
            rates,
            lr => Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: lr)), steps: 30),
            active: 1,
            resolution: 30));

        // contour, minimum marker and the "start"/"end" legend keys, then per rate its path and its start and end markers
        Assert.Equal(4 + (3 * rates.Length), json.Traces.Length);
        var slider = json.Layout.GetProperty("sliders").EnumerateArray().Single();
        var steps = slider.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(rates.Length, steps.Length);
        Assert.Equal(1, slider.GetProperty("active").GetInt32());
        Assert.Equal(["0.01", "0.05", "0.09", "0.13"], steps.Select(s => s.GetProperty("label").GetString()));
        for (var i = 0; i < steps.Length; i++)
        {
            Assert.Equal("update", steps[i].GetProperty("method").GetString());
            var visible = steps[i].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()).ToArray();
            bool[] expected = [true, true, true, true, .. rates.SelectMany((_, k) => Enumerable.Repeat(k == i, 3))];
            Assert.Equal(expected, visible);
        }

        Assert.Equal([true, true, true, true, false, false, false, true, true, true, false, false, false, false, false, false], json.Traces.Select(t => t.GetProperty("visible").GetBoolean()));
        Assert.Contains("diverged", steps[3].GetProperty("args")[1].GetProperty("title.text").GetString());
        Assert.DoesNotContain("diverged", steps[0].GetProperty("args")[1].GetProperty("title.text").GetString());
        Assert.Empty(json.Root.GetProperty("frames").EnumerateArray());
    }

    [Fact]
    public void Grouped_trajectories_switch_together()
    {
        var surface = new Rosenbrock();
        double[] mus = [0.5, 0.9];
        var groups = mus.Select(mu => (IReadOnlyList<TrajectoryResult>)
        [
            Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 1e-3, Momentum: mu)), steps: 10),
            Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 1e-3, Momentum: mu, Nesterov: true)), steps: 10),
        ]).ToArray();

        var json = ChartJson.Of(SliderChart.TrajectoryGroups(surface, mus, groups, knobName: "μ", resolution: 20));

        var visible = json.Layout.GetProperty("sliders")[0].GetProperty("steps")[1].GetProperty("args")[0].GetProperty("visible")
            .EnumerateArray().Select(v => v.GetBoolean());
        Assert.Equal([true, true, true, true, .. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 6)], visible);
        Assert.Equal("μ = ", json.Layout.GetProperty("sliders")[0].GetProperty("currentvalue").GetProperty("prefix").GetString());
        Assert.Equal(11, json.Trace("SGD (Nesterov 0.9)").GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Line_slider_keeps_the_axes_fixed_across_frames()
    {
        double[] betas = [0.5, 0.9];
        var frames = betas.Select(b => (IReadOnlyList<Series>)[new Series("weight", Enumerable.Range(0, 10).Select(k => (1 - b) * Math.Pow(b, k)).ToArray())]).ToArray();

        var json = ChartJson.Of(SliderChart.Lines(betas, frames, "β", xTitle: "k", yTitle: "weight", logY: true));

        Assert.Equal(2, json.Traces.Length);
        Assert.Equal(2, json.Layout.GetProperty("sliders")[0].GetProperty("steps").GetArrayLength());
        Assert.Equal("log", json.AxisType("yaxis"));
        var range = ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("range"));
        Assert.True(range[0] < Math.Log10(0.5 * Math.Pow(0.5, 9)) && range[1] > Math.Log10(0.5));
    }

    [Fact]
    public void Slider_arguments_must_line_up()
    {
        var surface = new Saddle();
        var run = Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 0.1)), steps: 3);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => SliderChart.Trajectories(surface, [0.1, 0.2], [run])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SliderChart.Trajectories(surface, [0.1], [run], active: 1));
    }
}
