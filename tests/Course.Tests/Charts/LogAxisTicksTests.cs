using System.Text.Json.Nodes;
using Course.Charts;

namespace Course.Tests.Charts;

/// <summary>A log axis over a decade or two is labelled 1, 2, 5 × 10ᵏ (or 1, 3 × 10ᵏ) in ordinary numbers; over many decades, by powers of ten.</summary>
public sealed class LogAxisTicksTests
{
    private static JsonObject YAxis(params double[] values) =>
        ChartFigure.Of(LineChart.Of([new Series("loss", values)], logY: true))["layout"]!["yaxis"]!.AsObject();

    [Fact]
    public void Under_two_decades_the_labels_are_one_two_five_written_as_numbers()
    {
        var axis = YAxis(0.9, 0.4, 0.05);

        Assert.Equal("array", axis["tickmode"]!.GetValue<string>());
        Assert.Equal([0.05, 0.1, 0.2, 0.5], axis["tickvals"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal(["0.05", "0.1", "0.2", "0.5"], axis["ticktext"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Null(axis["dtick"]);
    }

    [Fact]
    public void Across_two_decades_one_and_three_are_enough()
    {
        Assert.Equal([0.03, 0.1, 0.3, 1, 3], LogAxisTicks.Ticks(0.02, 4));
    }

    [Fact]
    public void Over_many_decades_only_the_powers_of_ten_are_labelled()
    {
        var axis = YAxis(10, 1e-2, 1e-6);

        Assert.Null(axis["tickvals"]);
        Assert.Equal(1, axis["dtick"]!.GetValue<int>());
        Assert.Equal("power", axis["exponentformat"]!.GetValue<string>());
    }

    [Fact]
    public void Over_twenty_decades_every_fourth_power_is_labelled_so_they_do_not_crowd()
    {
        var axis = YAxis(1e9, 1, 1e-15);

        Assert.Null(axis["tickvals"]);
        Assert.Equal(4, axis["dtick"]!.GetValue<int>());
    }

    [Fact]
    public void Within_a_factor_of_two_plotly_js_chooses_ordinary_ticks()
    {
        var axis = YAxis(0.99, 0.97, 0.95);

        Assert.Null(axis["tickvals"]);
        Assert.Null(axis["dtick"]);
    }

    [Fact]
    public void A_fixed_range_is_read_in_powers_of_ten()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["x"] = new JsonArray(1, 2), ["y"] = new JsonArray(1e-9, 1e9) }),
            ["layout"] = new JsonObject { ["yaxis"] = new JsonObject { ["type"] = "log", ["dtick"] = 1, ["range"] = new JsonArray(-3, -1.5) } },
        };

        LogAxisTicks.Apply(figure);

        Assert.Equal(["0.001", "0.003", "0.01", "0.03"], figure["layout"]!["yaxis"]!["ticktext"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void A_second_axis_reads_the_traces_drawn_on_it()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["y"] = new JsonArray(1e-8, 1.0) },
                new JsonObject { ["yaxis"] = "y2", ["y"] = new JsonArray(200, 900) }),
            ["layout"] = new JsonObject
            {
                ["yaxis"] = new JsonObject { ["type"] = "log", ["dtick"] = 1 },
                ["yaxis2"] = new JsonObject { ["type"] = "log", ["dtick"] = 1 },
            },
        };

        LogAxisTicks.Apply(figure);

        Assert.Null(figure["layout"]!["yaxis"]!["tickvals"]);
        Assert.Equal(["200", "300", "500", "700"], figure["layout"]!["yaxis2"]!["ticktext"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Theory]
    [InlineData(2e-5, "2×10⁻⁵")]
    [InlineData(1e-6, "10⁻⁶")]
    [InlineData(3e4, "3×10⁴")]
    [InlineData(1e12, "10¹²")]
    [InlineData(0.002, "0.002")]
    [InlineData(5000, "5000")]
    public void Very_small_or_large_labels_are_written_as_powers(double value, string label)
    {
        Assert.Equal(label, LogAxisTicks.Label(value));
    }
}
