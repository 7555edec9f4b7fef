using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// Shows Plotly.NET charts in notebooks: registers a <c>text/html</c> formatter for
/// <see cref="GenericChart"/> with Microsoft.DotNet.Interactive.Formatting, so a cell whose last
/// expression is a chart draws it, in the course's engine and in any kernel built on that package.
/// </summary>
/// <remarks>
/// The HTML does not load plotly.js itself: the page that shows it does, once (the engine puts the
/// copy embedded in Plotly.NET into the first chart of an executed notebook; the static site loads a
/// local file). So charts draw with no internet, and the same chart always gives the same bytes.
/// </remarks>
public static class ChartFormatter
{
    /// <summary>The attribute every chart's <c>div</c> carries; hosts find charts by it.</summary>
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
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartFormatterHtml.Describe(chart)), PlainTextFormatter.MimeType);
    }
}
