using System.Text.Json.Nodes;
using Course.Notebooks.Site;

namespace Course.Notebooks.Tests.Site;

/// <summary>The caption under a site chart: its title, then what each shown series holds, in numbers a reader can read.</summary>
public sealed class ChartCaptionTests
{
    private static string Caption(JsonArray traces, string title = "Loss per step") =>
        ChartCaption.Of(new JsonObject
        {
            [ChartCaption.PlotlyMimeType] = new JsonObject
            {
                ["data"] = traces,
                ["layout"] = new JsonObject
                {
                    ["title"] = new JsonObject { ["text"] = title },
                    ["xaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "step" } },
                    ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "loss" } },
                },
            },
        });

    [Fact]
    public void A_line_is_told_by_its_name_length_and_ends()
    {
        var caption = Caption([new JsonObject { ["name"] = "SGD", ["x"] = new JsonArray(0, 1, 2), ["y"] = new JsonArray(31.24, 2.0, 1420.0) }]);

        Assert.Equal("<span class=\"chart-title\">Loss per step.</span> <span class=\"chart-data\">loss against step: SGD: 3 points, from 31.2 at 0 to 1420 at 2.</span>", caption);
    }

    [Fact]
    public void Very_small_numbers_are_powers_of_ten_and_hidden_series_are_left_out()
    {
        var caption = Caption(
        [
            new JsonObject { ["name"] = "shown", ["x"] = new JsonArray(0, 399), ["y"] = new JsonArray(0.1, 5.531e-20) },
            new JsonObject { ["name"] = "other slider frame", ["visible"] = false, ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(1, 2) },
            new JsonObject { ["name"] = "minimum", ["x"] = new JsonArray(0), ["y"] = new JsonArray(0) },
        ]);

        Assert.Contains("shown: 2 points, from 0.1 at 0 to 5.53×10⁻²⁰ at 399", System.Net.WebUtility.HtmlDecode(caption));
        Assert.Contains("minimum at (0, 0)", caption);
        Assert.DoesNotContain("other slider frame", caption);
    }

    [Fact]
    public void Paths_over_a_contour_map_are_points_of_the_plane_and_the_map_named_like_the_chart_is_not_repeated()
    {
        var caption = Caption(
            [
                new JsonObject { ["type"] = "contour", ["name"] = "Rosenbrock" },
                new JsonObject { ["name"] = "Adam", ["x"] = new JsonArray(-1.5, 0.2, 0.99), ["y"] = new JsonArray(2, 0.1, 0.98) },
            ],
            title: "Rosenbrock");

        Assert.Equal("<span class=\"chart-title\">Rosenbrock.</span> <span class=\"chart-data\">Adam: 3 points from (-1.5, 2) to (0.99, 0.98).</span>", caption);
    }

    [Fact]
    public void Bars_on_an_untitled_category_axis_are_named_without_an_empty_axis()
    {
        var caption = ChartCaption.Of(new JsonObject
        {
            [ChartCaption.PlotlyMimeType] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "bar", ["name"] = "training accuracy", ["y"] = new JsonArray(0.9, 0.8) }),
                ["layout"] = new JsonObject
                {
                    ["xaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "" } },
                    ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "accuracy" } },
                },
            },
        });

        Assert.Equal("<span class=\"chart-data\">training accuracy.</span>", caption);
    }
}
