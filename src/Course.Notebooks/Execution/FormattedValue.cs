namespace Course.Notebooks.Execution;

/// <summary>A value rendered for every MIME type it is shown in, most preferred first.</summary>
/// <param name="Contents">One entry per MIME type, no MIME type twice.</param>
public sealed record FormattedValue(IReadOnlyList<MimeContent> Contents)
{
    /// <summary>A value shown as plain text only.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A value with a single <c>text/plain</c> entry.</returns>
    public static FormattedValue PlainText(string text) => new([new MimeContent("text/plain", text)]);

    /// <summary>The content for a MIME type, or <see langword="null"/> if the value has none.</summary>
    /// <param name="mimeType">The MIME type to look for.</param>
    /// <returns>The text in that format, or <see langword="null"/>.</returns>
    public string? this[string mimeType] =>
        Contents.FirstOrDefault(c => c.MimeType.Equals(mimeType, StringComparison.OrdinalIgnoreCase))?.Content;
}
