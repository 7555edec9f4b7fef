using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Notebooks.Execution;

/// <summary>
/// Turns a value into its representations through Microsoft.DotNet.Interactive.Formatting, so a
/// <c>Formatter.Register&lt;T&gt;</c> made by a library shows the same here as in any kernel built on that package.
/// </summary>
public static class ValueFormatter
{
    private const string PlainText = "text/plain";

    /// <summary>
    /// Formats a value for every MIME type in <c>Formatter.GetPreferredMimeTypesFor(type)</c>, then text/plain.
    /// Strings are plain text only; <see langword="null"/> is the text <c>&lt;null&gt;</c>.
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

        var wanted = mimeTypes is { Count: > 0 }
            ? mimeTypes
            : [.. Formatter.GetPreferredMimeTypesFor(value.GetType()), PlainText];

        var contents = new List<MimeContent>();
        foreach (var mimeType in wanted.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            contents.Add(new MimeContent(mimeType, Formatter.ToDisplayString(value, mimeType)));
        }

        return new FormattedValue(contents);
    }
}
