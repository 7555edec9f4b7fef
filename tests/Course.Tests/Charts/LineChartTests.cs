using Course.Charts;
using Course.Optimizers;
using Course.Surfaces;

namespace Course.Tests.Charts;

public sealed class LineChartTests
{
    [Fact]
    public void Every_series_becomes_a_named_line_with_its_points()
    {
        var json = ChartJson.Of(LineChart.Of(
            [new Series("m", [1.0, 2.0, 3.0]), new Series("m̂", [4.0, 5.0], [10.0, 20.0])],
            xTitle: "step",
            yTitle: "moment",
            logY: true));

        Assert.Equal(2, json.TracesOfType("scatter").Length);
        Assert.Equal([0.0, 1.0, 2.0], ChartJson.Numbers(json.Trace("m").GetProperty("x")));
        Assert.Equal([10.0, 20.0], ChartJson.Numbers(json.Trace("m̂").GetProperty("x")));
        Assert.Equal("lines", json.Trace("m").GetProperty("mode").GetString());
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("linear", json.AxisType("xaxis"));
        Assert.Equal("moment", json.Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Loss_curves_of_trajectories_use_each_optimizer_name_and_a_log_axis()
    {
        var surface = new IllConditionedQuadratic(10);
        var plain = Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 0.05)), steps: 20);
        var heavy = Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 0.05, Momentum: 0.9)), steps: 20);

        var json = ChartJson.Of(LossChart.Of([plain, heavy]));

        Assert.Equal(plain.Losses, ChartJson.Numbers(json.Trace("SGD").GetProperty("y")).Select(v => v!.Value));
        Assert.Equal(21, json.Trace("SGD (momentum 0.9)").GetProperty("y").GetArrayLength());
        Assert.Equal("log", json.AxisType("yaxis"));
    }

    [Fact]
    public void Sweep_uses_log_axes_and_leaves_a_gap_for_a_diverged_run()
    {
        var surface = new IllConditionedQuadratic(10);
        double[] rates = [0.01, 0.1, 0.19, 0.25];
        var runs = rates.Select(lr => Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: lr)), steps: 200)).ToArray();
        Assert.True(runs[^1].Diverged);

        var json = ChartJson.Of(SweepChart.FromTrajectories(rates, runs));

        var line = json.Trace("SGD");
        Assert.Equal(rates, ChartJson.Numbers(line.GetProperty("x")).Select(v => v!.Value));
        Assert.Null(ChartJson.Numbers(line.GetProperty("y"))[^1]);
        Assert.Equal(runs[0].FinalLoss, ChartJson.Numbers(line.GetProperty("y"))[0]);
        Assert.Equal("log", json.AxisType("xaxis"));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("lines+markers", line.GetProperty("mode").GetString());
    }

    [Fact]
    public void Bad_series_are_rejected_with_the_argument_named()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => LineChart.Of(Array.Empty<Series>())).ParamName);
        Assert.Equal("X", Assert.Throws<ArgumentException>(() => LineChart.Of([new Series("a", [1.0], [1.0, 2.0])])).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => SweepChart.FinalLoss([new Series("a", [1.0])])).ParamName);
    }
}
