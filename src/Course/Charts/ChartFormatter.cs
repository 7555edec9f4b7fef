using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// Shows Plotly.NET charts in notebooks: registers formatters for <see cref="GenericChart"/> with
/// Microsoft.DotNet.Interactive.Formatting, so a cell whose last expression is a chart shows it as a MIME
/// bundle of three representations, and each client draws the richest one it can:
/// <list type="bullet">
/// <item><see cref="ChartFigure.MimeType"/>: the figure JSON, drawn natively (offline) by VS Code and by JupyterLab with its Plotly renderer;</item>
/// <item><c>text/html</c>: a <c>div</c> and a script that draws it (<see cref="ChartFormatterHtml.Render(GenericChart)"/>), for the classic Notebook, JupyterLab, nbconvert's HTML and the site;</item>
/// <item><c>text/plain</c>: a summary (<see cref="ChartSummary"/>).</item>
/// </list>
/// </summary>
/// <remarks>
/// The HTML does not carry plotly.js itself: the page that shows it does, once (<c>course run</c> and the kernel
/// put one copy in the first chart of a notebook; the kernelspec folder serves one to Jupyter pages; the site
/// loads a local file). So charts draw with no internet, and the same chart always gives the same bytes.
/// </remarks>
public static class ChartFormatter
{
    /// <summary>The attribute every chart's <c>div</c> carries (its value is the figure's key); hosts find charts by it.</summary>
    public const string ChartAttribute = "data-course-chart";

    /// <summary>Registers the formatters; runs by itself when the library is loaded, and is safe to call again.</summary>
    [ModuleInitializer]
    [SuppressMessage(
        "Usage",
        "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Notebooks reference this library and expect charts to render with no setup call; registering is idempotent.")]
    public static void Register()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartFormatterHtml.Render(chart)), HtmlFormatter.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(FormattedFigure.Of(chart).Json), ChartFigure.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartFormatterHtml.Describe(chart)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType, ChartFigure.MimeType);
    }
}
