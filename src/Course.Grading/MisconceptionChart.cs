using Course.Charts;
using Plotly.NET.LayoutObjects;
using Plotly.NET;

namespace Course.Grading;

/// <summary>
/// The class report's bar chart of the most common misconceptions, as a page drawn by the
/// <c>plotly.min.js</c> written beside it (no internet needed, as for the course site).
/// </summary>
public static class MisconceptionChart
{
    /// <summary>The file name of the plotly.js copy the page loads, in the same folder.</summary>
    public const string PlotlyFileName = "plotly.min.js";

    /// <summary>A full HTML page with a horizontal bar per misconception, longest bar on top.</summary>
    /// <param name="counts">How many failed checks showed each misconception, by title.</param>
    public static string Html(IReadOnlyList<(string Title, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ordered = counts.OrderBy(c => c.Count).ToArray();
        var trace = new Trace("bar");
        trace.SetProperty("x", ordered.Select(c => c.Count).ToArray());
        trace.SetProperty("y", ordered.Select(c => c.Title).ToArray());
        trace.SetProperty("orientation", "h");
        trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = "#cf222e" });
        var layout = new Layout();
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = "Most common misconceptions (failed checks)" });
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 280 });
        layout.SetProperty("height", 160 + (40 * ordered.Length));
        var chart = GenericChart.setLayout(layout, GenericChart.ofTraceObject(true, trace));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Most common misconceptions</title>"
            + $"<script src=\"{PlotlyFileName}\"></script></head>\n<body>\n"
            + ChartFormatterHtml.Render(chart)
            + "\n</body></html>\n";
    }
}
