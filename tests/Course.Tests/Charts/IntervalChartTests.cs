using Course.Charts;
using Course.Training.Studies;

namespace Course.Tests.Charts;

/// <summary>Error bars carry the intervals' half-widths, and the markers their means.</summary>
public sealed class IntervalChartTests
{
    [Fact]
    public void Lines_put_the_mean_on_the_marker_and_the_half_width_in_the_error_bar()
    {
        var a = MeanInterval.Of([1, 2, 3]);
        var b = MeanInterval.Of([4, 4, 4]);
        var json = ChartJson.Of(IntervalChart.Lines([("sgd", [0.1, 1.0], [a, b])], "learning rate", "loss", logX: true));

        var trace = json.Trace("sgd");
        Assert.Equal([2.0, 4.0], ChartJson.Numbers(trace.GetProperty("y")));
        Assert.Equal([a.HalfWidth, 0.0], ChartJson.Numbers(trace.GetProperty("error_y").GetProperty("array")));
        Assert.Equal("log", json.AxisType("xaxis"));
    }

    [Fact]
    public void Bars_group_one_bar_per_category_and_reject_a_missing_value()
    {
        var json = ChartJson.Of(IntervalChart.Bars(["SGD", "Adam"], [("train", [MeanInterval.Of([0.9, 1.0]), MeanInterval.Of([1.0, 1.0])])], "accuracy"));
        Assert.Equal("group", json.Layout.GetProperty("barmode").GetString());
        Assert.Single(json.TracesOfType("bar"));

        Assert.Throws<ArgumentException>(() => IntervalChart.Bars(["SGD", "Adam"], [("train", [MeanInterval.Of([1.0])])], "accuracy"));
    }
}
