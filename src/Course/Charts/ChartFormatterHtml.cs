using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Course.Charts;

/// <summary>The HTML a chart is shown as, and the plotly.js that draws it.</summary>
public static class ChartFormatterHtml
{
    /// <summary>
    /// The kernelspec name the chart HTML falls back to when the page does not say which kernel it runs
    /// (the Course.Kernel project's default kernelspec name).
    /// </summary>
    public const string DefaultKernelSpecName = "course-csharp";

    /// <summary>The name of the plotly.js file <c>course kernel install</c> puts in the kernelspec folder.</summary>
    public const string KernelSpecPlotlyFile = "plotly.min.js";

    private const string PlotlyResourceSuffix = ".min.js";

    private static readonly Lazy<string> Loader = new(ReadLoader);

    /// <summary>
    /// A chart as a <c>div</c> and a script that draws the figure (<see cref="ChartFigure.Of"/>) into it with
    /// <c>Plotly.newPlot</c>. The script finds its <c>div</c> by the figure's key (<see cref="ChartFigure.Key"/>),
    /// so it draws where the page runs output scripts from elsewhere (the classic Notebook runs them from
    /// <c>&lt;head&gt;</c>); it uses plotly.js already on the page, or on a Jupyter server's page loads the copy in
    /// the kernelspec folder; if it cannot draw, it says so inside the <c>div</c>. No ids from counters or
    /// clocks: the same chart gives the same bytes.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The HTML fragment.</returns>
    public static string Render(GenericChart chart) => Html(FormattedFigure.Of(chart).Json);

    /// <summary>The HTML of a figure; see <see cref="Render(GenericChart)"/>.</summary>
    /// <param name="figure">The figure object: <c>data</c>, <c>layout</c>, <c>config</c>.</param>
    /// <returns>The HTML fragment.</returns>
    public static string Render(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Html(figure.ToJsonString());
    }

    /// <summary>A few lines saying what a chart shows, its plain-text form (<see cref="ChartSummary"/>).</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>For example <c>Chart "Loss" (x: step, y: loss), 2 traces: line "SGD", line "Adam"</c>.</returns>
    public static string Describe(GenericChart chart) => ChartSummary.Describe(FormattedFigure.Of(chart).Figure);

    /// <summary>The HTML of a figure given as its JSON text (written by <see cref="JsonNode.ToJsonString"/>).</summary>
    private static string Html(string json)
    {
        // The default encoder escapes <, >, &, quotes and every non-ASCII character, so the JSON cannot end the script.
        var key = ChartFigure.Key(json);
        var html = new StringBuilder();
        html.Append("<div class=\"course-chart\" ").Append(ChartFormatter.ChartAttribute).Append("=\"").Append(key).Append("\"></div>\n");
        html.Append("<script type=\"text/javascript\">(function (key, figure, kernelSpec) {\n");
        html.Append(Loader.Value);
        html.Append("})(\"").Append(key).Append("\", ").Append(json).Append(", \"").Append(DefaultKernelSpecName).Append("\");</script>");
        return html.ToString();
    }

    /// <summary>The minified plotly.js embedded in the Plotly.NET assembly (its licence header included).</summary>
    /// <returns>The script's text, safe to put inside a <c>&lt;script&gt;</c> element.</returns>
    public static string PlotlyScript()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(PlotlyResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// plotly.js wrapped so that it sets <c>window.Plotly</c> on every page, and does nothing if plotly.js is
    /// already there. Its UMD header registers an anonymous AMD module when the page has an AMD loader
    /// (require.js in the classic Notebook, VS Code's webview), leaving <c>window.Plotly</c> unset and
    /// require.js reporting "Mismatched anonymous define()"; inside the wrapper <c>define</c>, <c>module</c> and
    /// <c>exports</c> are undefined, so it takes its browser-global branch. This is the copy an executed
    /// notebook carries and the kernelspec folder serves.
    /// </summary>
    /// <returns>The script's text, safe to put inside a <c>&lt;script&gt;</c> element.</returns>
    public static string PlotlyGlobalScript() =>
        "if (!(window.Plotly && window.Plotly.newPlot)) (function (define, module, exports) {\n"
        + PlotlyScript()
        + "\n}).call(window);\n";

    private static string ReadLoader()
    {
        using var stream = typeof(ChartFormatterHtml).Assembly.GetManifestResourceStream("Course.Charts.ChartLoader.js")
            ?? throw new InvalidOperationException("the chart loader script is not embedded in the Course assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines) + "\n";
    }
}
