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
        Assert.Equal("category", json.AxisType("xaxis"));   // on a linear axis plotly.js draws no bar at all for text categories

        Assert.Throws<ArgumentException>(() => IntervalChart.Bars(["SGD", "Adam"], [("train", [MeanInterval.Of([1.0])])], "accuracy"));
    }

    [Fact]
    public void Panels_give_each_series_its_own_axes_with_the_others_in_grey_on_the_same_ranges()
    {
        (string, IReadOnlyList<double>, IReadOnlyList<MeanInterval>) Line(string name, double low) =>
            (name, [0.01, 0.1, 1.0], [MeanInterval.Of([low, low + 2]), MeanInterval.Of([low + 1, low + 1]), MeanInterval.Of([low + 4, low + 4])]);
        var json = ChartJson.Of(IntervalChart.Panels([Line("SGD", 1), Line("Adam", 10), Line("Lion", 100), Line("AdamW", 2)], "learning rate", "loss", logX: true, columns: 3));

        // four panels of four lines each: the panel's own line last, with error bars, the other three thin and grey
        Assert.Equal(16, json.Traces.Length);
        var own = json.Traces.Where(t => t.TryGetProperty("error_y", out _)).ToArray();
        Assert.Equal(["SGD", "Adam", "Lion", "AdamW"], own.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["x", "x2", "x3", "x4"], own.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.All(json.Traces.Where(t => !t.TryGetProperty("error_y", out _)), t => Assert.Equal("#c7c7c7", t.GetProperty("line").GetProperty("color").GetString()));
        Assert.Equal(3, json.Traces.Count(t => t.GetProperty("xaxis").GetString() == "x3" && !t.TryGetProperty("error_y", out _)));

        // every panel shares one y range that holds every interval (1 … 104) and one log x range around 0.01 … 1
        var yRanges = new[] { "yaxis", "yaxis2", "yaxis3", "yaxis4" }.Select(a => ChartJson.Numbers(json.Layout.GetProperty(a).GetProperty("range"))).ToArray();
        Assert.All(yRanges, r => Assert.Equal(yRanges[0], r));
        Assert.True(yRanges[0][0] < 1 && yRanges[0][1] > 104);
        var xRange = ChartJson.Numbers(json.Layout.GetProperty("xaxis4").GetProperty("range"));
        Assert.True(xRange[0] < -2 && xRange[1] > 0);

        // the fourth panel starts the second row: below the first, and in the first column
        var top = ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("domain"));
        var below = ChartJson.Numbers(json.Layout.GetProperty("yaxis4").GetProperty("domain"));
        Assert.True(below[1] < top[0]);
        Assert.Equal(ChartJson.Numbers(json.Layout.GetProperty("xaxis").GetProperty("domain")), ChartJson.Numbers(json.Layout.GetProperty("xaxis4").GetProperty("domain")));
        Assert.Equal(["SGD", "Adam", "Lion", "AdamW"], json.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!.Replace("<b>", "").Replace("</b>", "")));
    }
}
