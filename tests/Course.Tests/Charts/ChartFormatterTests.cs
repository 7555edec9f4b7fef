using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Charts;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Course.Tests.Charts;

/// <summary>How a chart leaves the library: the MIME bundle a notebook client chooses from.</summary>
public sealed partial class ChartFormatterTests
{
    private static GenericChart Chart(string name = "SGD") =>
        LineChart.Of([new Series(name, [3.0, 2.0, 1.5]), new Series("Adam", [3.0, 1.0, 0.5])], xTitle: "step", yTitle: "loss", title: "Loss per step");

    [Fact]
    public void A_chart_is_shown_as_html_plotly_json_and_plain_text()
    {
        ChartFormatter.Register();

        var preferred = Formatter.GetPreferredMimeTypesFor(Chart().GetType());

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json"], preferred);
        Assert.StartsWith("Chart ", Formatter.ToDisplayString(Chart(), "text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plotly_json_is_plotly_nets_own_figure_with_a_responsive_config_and_no_fixed_width()
    {
        var chart = Chart();
        var ownFigure = JsonNode.Parse(GenericChart.toFigureJson(chart))!;

        var bundle = JsonNode.Parse(Formatter.ToDisplayString(chart, ChartFigure.MimeType))!;

        Assert.IsType<JsonArray>(bundle["data"]);
        Assert.IsType<JsonObject>(bundle["layout"]);
        Assert.True(JsonNode.DeepEquals(ownFigure["data"], bundle["data"]));
        Assert.Equal(600, ownFigure["layout"]!["width"]!.GetValue<int>());
        var ownLayout = ownFigure["layout"]!.AsObject();
        ownLayout.Remove("width");
        Assert.True(JsonNode.DeepEquals(ownLayout, bundle["layout"]));
        Assert.True(bundle["layout"]!["autosize"]!.GetValue<bool>());
        Assert.True(bundle["config"]!["responsive"]!.GetValue<bool>());
    }

    [Fact]
    public void The_html_names_its_container_by_a_key_that_is_the_same_for_the_same_chart_only()
    {
        var first = ChartFormatterHtml.Render(Chart());
        var again = ChartFormatterHtml.Render(Chart());
        var other = ChartFormatterHtml.Render(Chart("Momentum"));

        Assert.Equal(first, again);
        var key = Key(first);
        Assert.Matches("^[0-9a-f]{16}$", key);
        Assert.NotEqual(key, Key(other));
        Assert.Contains($"(\"{key}\", {{", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_a_chart_cannot_close_the_script_that_draws_it()
    {
        var html = ChartFormatterHtml.Render(Chart("</script><script>alert(1)</script>"));

        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.EndsWith("</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_says_title_axes_and_traces()
    {
        Assert.Equal(
            "Chart \"Loss per step\" (x: step, y: loss), 2 traces: line \"SGD\", line \"Adam\"",
            ChartFormatterHtml.Describe(Chart()));
    }

    [Fact]
    public void The_plain_text_of_many_traces_lists_the_first_eight()
    {
        var chart = LineChart.Of(Enumerable.Range(1, 10).Select(i => new Series($"run {i}", [1.0, 0.5])));

        var text = ChartFormatterHtml.Describe(chart);

        Assert.EndsWith("line \"run 8\", … 2 more", text, StringComparison.Ordinal);
        Assert.Contains("10 traces", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notebook_copy_of_plotly_js_hides_the_amd_loader_and_keeps_an_existing_plotly()
    {
        var script = ChartFormatterHtml.PlotlyGlobalScript();

        Assert.StartsWith("if (!(window.Plotly && window.Plotly.newPlot)) (function (define, module, exports) {", script, StringComparison.Ordinal);
        Assert.Contains(ChartFormatterHtml.PlotlyScript(), script, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
    }

    private static string Key(string html) => KeyAttribute().Match(html).Groups[1].Value;

    [GeneratedRegex("data-course-chart=\"([^\"]*)\"")]
    private static partial Regex KeyAttribute();
}
