using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Notebooks.Execution;

/// <summary>
/// Turns a value into its representations through Microsoft.DotNet.Interactive.Formatting, so a
/// <c>Formatter.Register&lt;T&gt;</c> made by a library shows the same here as in any kernel built on that package.
/// </summary>
public static class ValueFormatter
{
    private const string PlainText = "text/plain";
    private const string AnonymousTypePrefix = "<>f__AnonymousType";

    /// <summary>
    /// The <see cref="AppContext"/> data key set to a new object while one value is formatted for its MIME types, so a
    /// formatter that builds the same thing for each of them builds it once per value (the Course library's charts: the
    /// HTML, the Plotly JSON and the summary share one figure).
    /// </summary>
    private const string FormatPassKey = "Course.Formatting.Pass";

    /// <summary>
    /// Formats a value for every MIME type in <c>Formatter.GetPreferredMimeTypesFor(type)</c>, then text/plain.
    /// Strings and scalars (numbers, booleans, enums, dates) are plain text only; anonymous objects read
    /// <c>{ a = 1, b = x }</c> unless a registered formatter shows them; <see langword="null"/> is the text <c>&lt;null&gt;</c>.
    /// </summary>
    /// <param name="value">The value to format.</param>
    /// <param name="mimeTypes">If given and non-empty, exactly these MIME types instead of the preferred ones.</param>
    /// <returns>The value's representations, most preferred first.</returns>
    public static FormattedValue Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        if (value is null)
        {
            return FormattedValue.PlainText("<null>");
        }

        if (value is string text && (mimeTypes is null || mimeTypes.Count == 0))
        {
            return FormattedValue.PlainText(text);
        }

        var type = value.GetType();
        if (mimeTypes is null or { Count: 0 } && IsScalar(type))
        {
            // The HTML of a number is its text plus a 1 KB stylesheet: text/plain says it all.
            return FormattedValue.PlainText(Formatter.ToDisplayString(value, PlainText));
        }

        var wanted = mimeTypes is { Count: > 0 }
            ? mimeTypes
            : [.. Formatter.GetPreferredMimeTypesFor(type), PlainText];

        var contents = new List<MimeContent>();
        var outerPass = AppContext.GetData(FormatPassKey);
        AppContext.SetData(FormatPassKey, new object());
        try
        {
            foreach (var mimeType in wanted.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                contents.Add(new MimeContent(mimeType, Show(value, mimeType)));
            }
        }
        finally
        {
            AppContext.SetData(FormatPassKey, outerPass);
        }

        return new FormattedValue(contents);
    }

    private static string Show(object value, string mimeType)
    {
        var shown = Formatter.ToDisplayString(value, mimeType);
        if (mimeType == PlainText && shown.Contains(AnonymousTypePrefix, StringComparison.Ordinal))
        {
            // The built-in text of an anonymous object is its generated type name; its ToString() reads { a = 1, b = x }.
            shown = value.ToString() ?? string.Empty;
        }

        return shown;
    }

    /// <summary>Numbers, booleans, characters, enums, dates, times and ids: one value that reads as one line of text.</summary>
    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum
        || type == typeof(decimal) || type == typeof(Half) || type == typeof(Int128) || type == typeof(UInt128)
        || type == typeof(System.Numerics.BigInteger)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan) || type == typeof(Guid);
}
