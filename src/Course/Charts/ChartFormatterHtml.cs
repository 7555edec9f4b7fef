using System.Text;
using Plotly.NET;

namespace Course.Charts;

/// <summary>The HTML a chart is shown as, and the plotly.js that draws it.</summary>
public static class ChartFormatterHtml
{
    private const string PlotlyResourceSuffix = ".min.js";

    /// <summary>
    /// A chart as a <c>div</c> followed by a script that draws the chart's figure JSON into that very
    /// <c>div</c> (its previous sibling, so a chart shown twice draws twice) with <c>Plotly.newPlot</c>,
    /// waiting until the page's plotly.js has loaded. No ids or timestamps: the same chart gives the same bytes.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The HTML fragment.</returns>
    public static string Render(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = ScriptSafe(GenericChart.toFigureJson(chart));
        var html = new StringBuilder();
        html.Append("<div class=\"course-chart\" ").Append(ChartFormatter.ChartAttribute).Append("=\"plotly\"></div>\n");
        html.Append("<script>(function () {\n");
        html.Append("  var target = document.currentScript.previousElementSibling;\n");
        html.Append("  var figure = ").Append(figure).Append(";\n");
        html.Append("  var tries = 0;\n");
        html.Append("  (function draw() {\n");
        html.Append("    if (window.Plotly) { window.Plotly.newPlot(target, { data: figure.data, layout: figure.layout, frames: figure.frames, config: { responsive: true } }); }\n");
        html.Append("    else if (++tries < 400) { setTimeout(draw, 25); }\n");
        html.Append("    else { target.textContent = 'plotly.js did not load, so this chart cannot be drawn.'; }\n");
        html.Append("  })();\n");
        html.Append("})();</script>");
        return html.ToString();
    }

    /// <summary>A one-line description of a chart, its plain-text form.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>For example <c>Plotly chart with 2 traces</c>.</returns>
    public static string Describe(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var traces = GenericChart.countTrace(chart);
        return $"Plotly chart with {traces} trace{(traces == 1 ? string.Empty : "s")}";
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

    /// <summary>Makes JSON safe inside a script element: no <c>&lt;/</c>, no line or paragraph separators.</summary>
    private static string ScriptSafe(string json) =>
        json.Replace("</", "<\\/", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
