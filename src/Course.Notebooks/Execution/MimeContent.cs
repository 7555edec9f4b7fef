namespace Course.Notebooks.Execution;

/// <summary>One representation of a value: a MIME type and the text in that format.</summary>
/// <param name="MimeType">For example <c>text/html</c>, <c>text/plain</c> or <c>application/vnd.course.check+json</c>.</param>
/// <param name="Content">The value rendered in that format. For a JSON MIME type this is JSON text.</param>
public sealed record MimeContent(string MimeType, string Content)
{
    /// <summary>
    /// Whether the content is JSON (<c>application/json</c> or any type ending in <c>+json</c>);
    /// nbformat stores such content as a JSON value rather than as a string.
    /// </summary>
    public bool IsJson =>
        MimeType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || MimeType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
