using Course.Charts;

namespace Course.Tests.Charts;

public sealed class GuideTests
{
    [Fact]
    public void A_vertical_guide_stands_at_x_and_spans_the_finite_positive_values()
    {
        var line = Guide.Vertical("2 / λmax", 0.1, [3.0, double.NaN, 0.5, -2.0, double.PositiveInfinity, 40.0]);
        Assert.Equal("2 / λmax", line.Name);
        Assert.Equal([0.1, 0.1], line.X!);
        Assert.Equal([0.5, 40.0], line.Y);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Guide.Vertical("limit", double.NaN, [1.0])).ParamName);
        Assert.Equal("span", Assert.Throws<ArgumentException>(() => Guide.Vertical("limit", 1, [double.NaN, -1.0])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Guide.Vertical(" ", 1, [1.0])).ParamName);
    }

    [Fact]
    public void Guides_are_labelled_beside_their_lines_and_close_neighbours_on_opposite_sides()
    {
        // on a log axis from 0.005 to 0.16, η* = 0.0952 and 2/λmax = 0.1 are 0.02 decades apart: a single label each would collide
        double[] rates = [0.005, 0.01, 0.02, 0.04, 0.08, 0.16];
        double[] losses = [5, 3, 1, 0.1, 0.001, 1e8];
        var json = ChartJson.Of(LineChart.Of(
            [new Series("sweep", losses, rates), Guide.Vertical("2 / λmax", 0.1, losses), Guide.Vertical("η*", 2.0 / 21, losses), Guide.Vertical("far", 0.006, losses)],
            logX: true,
            logY: true));

        var labels = json.Layout.GetProperty("annotations").EnumerateArray().ToDictionary(a => a.GetProperty("text").GetString()!);
        Assert.Equal(["2 / λmax", "far", "η*"], labels.Keys.Order());
        Assert.Equal(Math.Log10(0.1), labels["2 / λmax"].GetProperty("x").GetDouble(), 12);   // plotly.js places annotations on a log axis in log₁₀ units
        Assert.NotEqual(labels["η*"].GetProperty("xanchor").GetString(), labels["2 / λmax"].GetProperty("xanchor").GetString());
        Assert.Equal("right", labels["η*"].GetProperty("xanchor").GetString());   // the left one of the pair writes leftwards
        Assert.Equal("left", labels["far"].GetProperty("xanchor").GetString());

        var guide = json.Trace("2 / λmax");
        Assert.False(guide.GetProperty("showlegend").GetBoolean());
        Assert.Equal("dash", guide.GetProperty("line").GetProperty("dash").GetString());
    }

    [Fact]
    public void A_third_guide_with_no_room_on_either_side_gets_its_label_one_row_lower_and_labels_stay_inside_the_plot()
    {
        double[] steps = [0, 500, 1000, 1500];
        double[] rates = [1e-4, 1e-3, 1e-2, 1e-1];
        var json = ChartJson.Of(LineChart.Of(
            [new Series("rate", rates, steps), Guide.Vertical("first limit", 1300, rates), Guide.Vertical("second limit", 1340, rates), Guide.Vertical("third limit", 1380, rates),
             Guide.Vertical("at the right edge", 1500, rates)],
            logY: true));

        var labels = json.Layout.GetProperty("annotations").EnumerateArray().ToDictionary(a => a.GetProperty("text").GetString()!);
        Assert.Equal(1.0, labels["first limit"].GetProperty("y").GetDouble());
        Assert.Equal(1.0, labels["second limit"].GetProperty("y").GetDouble());
        Assert.True(labels["third limit"].GetProperty("y").GetDouble() < 1.0);
        Assert.Equal("right", labels["at the right edge"].GetProperty("xanchor").GetString());   // written leftwards, not off the plot
    }
}
