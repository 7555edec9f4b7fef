using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Display;

/// <summary>
/// Registers the course's result tables with Microsoft.DotNet.Interactive.Formatting, so the kernel,
/// <c>course run</c> and the site all show them: a sequence of records, anonymous objects or tuples as
/// an HTML table with a column per member and a <c>text/plain</c> table for consoles; a sequence of
/// numbers as one rounded list; a tuple as <c>(a, b)</c>; a single record or anonymous object as a
/// one-row table (every other value as the built-in formatters show it). Floating-point numbers are rounded to
/// <see cref="DisplaySettings.SignificantDigits"/> significant digits; nested values read as
/// <c>{ Name = value }</c> and <c>[a, b, …]</c>.
/// </summary>
public static class TableFormatting
{
    /// <summary>Registers the formatters; runs when the library loads, and may be called again after a host resets the formatters.</summary>
    public static void Register()
    {
        Formatter.Register(typeof(IEnumerable), FormatHtml, HtmlFormatter.MimeType);
        Formatter.Register(typeof(IEnumerable), FormatPlainText, PlainTextFormatter.MimeType);
        Formatter.Register(typeof(ITuple), FormatHtml, HtmlFormatter.MimeType);
        Formatter.Register(typeof(ITuple), FormatPlainText, PlainTextFormatter.MimeType);
        Formatter.Register(typeof(object), (value, context) => FormatObject(value, context, HtmlFormatter.MimeType), HtmlFormatter.MimeType);
        Formatter.Register(typeof(object), (value, context) => FormatObject(value, context, PlainTextFormatter.MimeType), PlainTextFormatter.MimeType);
    }

    /// <summary>The HTML the formatter writes for <paramref name="value"/>.</summary>
    /// <param name="value">A sequence, a tuple, or any other value (shown as its rounded text).</param>
    public static string ToHtml(object? value) => value switch
    {
        string text => WebUtility.HtmlEncode(text),
        ITuple => $"<code class=\"course-tuple\">{WebUtility.HtmlEncode(CellText.Of(value))}</code>",
        IEnumerable sequence => TableHtml.Render(TableData.From(sequence)),
        _ => WebUtility.HtmlEncode(CellText.Of(value)),
    };

    /// <summary>The text the formatter writes for <paramref name="value"/>.</summary>
    /// <param name="value">A sequence, a tuple, or any other value (shown as its rounded text).</param>
    public static string ToPlainText(object? value) => value switch
    {
        string text => text,
        ITuple => CellText.Of(value),
        IEnumerable sequence => TablePlainText.Render(TableData.From(sequence)),
        _ => CellText.Of(value),
    };

    private static bool FormatObject(object value, FormatContext context, string mimeType)
    {
        if (ValueShape.IsTableRow(value.GetType()))
        {
            object[] row = [value];
            return mimeType == HtmlFormatter.MimeType ? FormatHtml(row, context) : FormatPlainText(row, context);
        }

        DefaultFormatters.Format(value, context, mimeType);
        return true;
    }

    private static bool FormatHtml(object value, FormatContext context)
    {
        context.Writer.Write(ToHtml(value));
        return true;
    }

    private static bool FormatPlainText(object value, FormatContext context)
    {
        context.Writer.Write(ToPlainText(value));
        return true;
    }

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Notebook cells show tables as soon as the library loads; the host has no other hook to register the course's formatters before the first cell runs.")]
    internal static void RegisterOnLoad() => Register();
}
