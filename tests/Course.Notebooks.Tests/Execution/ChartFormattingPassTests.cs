using Course.Charts;
using Course.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Course.Notebooks.Tests.Execution;

/// <summary>
/// A chart formatted for its three MIME types builds its figure once (ValueFormatter's formatting pass); what it shows
/// must be exactly what each representation gives on its own, and a chart changed in place shows the change.
/// </summary>
public sealed class ChartFormattingPassTests
{
    private static GenericChart Chart() =>
        LineChart.Of([new Series("SGD", [3.0, 2.0, 1.5]), new Series("Adam", [3.0, 1.0, 0.5])], xTitle: "step", yTitle: "loss", title: "Loss per step");

    [Fact]
    public void Each_representation_in_one_pass_equals_that_representation_formatted_alone()
    {
        ChartFormatter.Register();
        var chart = Chart();

        var formatted = ValueFormatter.Format(chart);

        Assert.Equal(["text/html", ChartFigure.MimeType, "text/plain"], formatted.Contents.Select(c => c.MimeType));
        foreach (var content in formatted.Contents)
        {
            Assert.Equal(Formatter.ToDisplayString(chart, content.MimeType), content.Content);
        }
    }

    [Fact]
    public void A_chart_changed_in_place_between_two_displays_shows_its_new_title()
    {
        ChartFormatter.Register();
        var chart = Chart();
        var before = ValueFormatter.Format(chart);

        GenericChart.getLayout(chart).SetProperty("title", new Dictionary<string, object> { ["text"] = "Changed" });
        var after = ValueFormatter.Format(chart);

        Assert.DoesNotContain("Changed", before[ChartFigure.MimeType], StringComparison.Ordinal);
        Assert.All(after.Contents, content => Assert.Contains("Changed", content.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void The_pass_the_formatter_opens_is_the_one_the_charts_look_for()
    {
        // The two assemblies do not reference each other, so each spells the key: read the charts' spelling.
        var chartsKey = (string)typeof(ChartFigure).Assembly.GetType("Course.Charts.FormattedFigure", throwOnError: true)!
            .GetField("FormatPassKey")!.GetRawConstantValue()!;
        var seen = new List<object?>();
        void Record(PassProbe probe, TextWriter writer)
        {
            seen.Add(AppContext.GetData(chartsKey));
            writer.Write("probe");
        }

        Formatter.Register<PassProbe>(Record, "text/html");
        Formatter.Register<PassProbe>(Record, "text/plain");

        ValueFormatter.Format(new PassProbe(), ["text/html", "text/plain"]);

        Assert.Equal(2, seen.Count);
        Assert.NotNull(seen[0]);
        Assert.Same(seen[0], seen[1]);
        Assert.Null(AppContext.GetData(chartsKey));
    }

    /// <summary>A value whose formatters record the formatting pass they run in.</summary>
    private sealed class PassProbe;
}
