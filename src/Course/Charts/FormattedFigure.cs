using System.Text.Json.Nodes;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// A chart's figure (<see cref="ChartFigure.Of"/>) and its JSON text, built once while a host formats the chart for
/// several MIME types in a row: the HTML, the Plotly MIME type and the plain-text summary all start from the same figure,
/// and building it (Plotly.NET's serializer, then the JSON parsed and written again) is most of a chart's formatting time.
/// </summary>
/// <param name="Figure">The figure object; read it, do not change it.</param>
/// <param name="Json">The figure's JSON text (<c>Figure.ToJsonString()</c>).</param>
internal sealed record FormattedFigure(JsonObject Figure, string Json)
{
    /// <summary>
    /// The <see cref="AppContext"/> data key a host sets to a new object for as long as it formats one value for several
    /// MIME types (Course.Notebooks' <c>ValueFormatter</c> does), and back afterwards. While it holds the same object, the
    /// same chart gives the same figure without building it again; outside such a pass every call builds it afresh, so a
    /// chart changed in place between two displays never shows its old figure.
    /// </summary>
    public const string FormatPassKey = "Course.Formatting.Pass";

    [ThreadStatic]
    private static (object Pass, GenericChart Chart, FormattedFigure Figure)? last;

    /// <summary>The figure of <paramref name="chart"/>, reused within one formatting pass.</summary>
    /// <param name="chart">The chart.</param>
    public static FormattedFigure Of(GenericChart chart)
    {
        var pass = AppContext.GetData(FormatPassKey);
        if (pass is not null && last is var (lastPass, lastChart, figure) && ReferenceEquals(lastPass, pass) && ReferenceEquals(lastChart, chart))
        {
            return figure;
        }

        var built = ChartFigure.Of(chart);
        var formatted = new FormattedFigure(built, built.ToJsonString());
        last = pass is null ? null : (pass, chart, formatted);
        return formatted;
    }
}
