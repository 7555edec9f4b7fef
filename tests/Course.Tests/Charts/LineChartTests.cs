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

    [Fact]
    public void A_clipped_series_keeps_the_axis_of_the_others_and_an_arrow_says_where_it_leaves()
    {
        // w after each step on f(w) = 2w² (factor 1 − 4η): η = 0.05 glides, 0.45 zig-zags and dies out, 0.55 grows as (−1.2)ᵗ
        double[] Path(double lr) => Enumerable.Range(0, 13).Select(t => Math.Pow(1 - (4 * lr), t)).ToArray();
        var json = ChartJson.Of(LineChart.Of(
            [new Series("lr = 0.05", Path(0.05)), new Series("lr = 0.45", Path(0.45)), new Series("lr = 0.55", Path(0.55)) { ClipNote = "diverges" }],
            yTitle: "w"));

        var range = ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("range"));
        Assert.True(range[0] <= -0.8 && range[1] >= 1.0, "the range holds both other series, from −0.8 to 1");
        Assert.True(range[0] > -1.2 && range[1] < 1.44, "and leaves out the diverging one after its first step (−1.2, 1.44, …)");
        Assert.Equal(13, json.Trace("lr = 0.55").GetProperty("y").GetArrayLength());   // its data are all still there, drawn faint
        Assert.True(json.Trace("lr = 0.55").GetProperty("opacity").GetDouble() < 1);

        var note = json.Layout.GetProperty("annotations").EnumerateArray().Single();
        Assert.Equal("lr = 0.55 diverges", note.GetProperty("text").GetString());
        Assert.Equal(1.0, note.GetProperty("x").GetDouble());   // step 1, where w = −1.2 drops below the axis
        Assert.Equal(range[0], note.GetProperty("y").GetDouble());
        Assert.True(note.GetProperty("showarrow").GetBoolean());
    }

    [Fact]
    public void A_fixed_range_on_a_log_axis_is_given_in_data_units_and_clips_against_it()
    {
        var ks = Enumerable.Range(0, 400).Select(k => (double)k).ToArray();
        var json = ChartJson.Of(LineChart.Of(
            [new Series("α = 0.9", ks.Select(k => 0.1 * Math.Pow(0.9, k)).ToArray(), ks) { ClipNote = "is forgotten" }, new Series("α = 0.99", ks.Select(k => 0.01 * Math.Pow(0.99, k)).ToArray(), ks)],
            logY: true,
            yRange: [1e-6, 0.2]));

        Assert.Equal([-6.0, Math.Log10(0.2)], ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("range")));
        var note = json.Layout.GetProperty("annotations").EnumerateArray().Single();
        Assert.Equal(Math.Ceiling(Math.Log(1e-5) / Math.Log(0.9)), note.GetProperty("x").GetDouble());   // first k with 0.1·0.9ᵏ < 10⁻⁶
        Assert.Equal(-6.0, note.GetProperty("y").GetDouble());
        Assert.Equal("yRange", Assert.Throws<ArgumentException>(() => LineChart.Of([new Series("a", [1.0])], logY: true, yRange: [0, 1])).ParamName);
    }

    [Fact]
    public void Series_styles_reach_the_trace()
    {
        var json = ChartJson.Of(LineChart.Of(
            [new Series("full batch", [1.0, 0.5]) { Dash = LineDash.Dash, Width = 4, Opacity = 0.6 }, new Series("measured", [1.0, 0.4]) { MarkersOnly = true }, new Series("plain", [1.0, 0.3])],
            showMarkers: false));

        var full = json.Trace("full batch");
        Assert.Equal("dash", full.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(4.0, full.GetProperty("line").GetProperty("width").GetDouble());
        Assert.Equal(0.6, full.GetProperty("opacity").GetDouble());
        Assert.Equal("markers", json.Trace("measured").GetProperty("mode").GetString());
        Assert.False(json.Trace("plain").TryGetProperty("line", out _));
        Assert.Equal("Opacity", Assert.Throws<ArgumentOutOfRangeException>(() => LineChart.Of([new Series("a", [1.0]) { Opacity = 2 }])).ParamName);
    }
}
