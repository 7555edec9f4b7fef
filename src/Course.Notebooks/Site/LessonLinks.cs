namespace Course.Notebooks.Site;

/// <summary>
/// Turns a lesson's links to other lessons' notebooks (<c>02-mini-batches.ipynb</c>, with or without a
/// <c>#section</c>) into links to their pages, since the site has pages, not notebooks. Other links are kept.
/// </summary>
internal static class LessonLinks
{
    private const string NotebookExtension = ".ipynb";

    public static Func<string, string> Rewriter(CourseOutline outline)
    {
        var slugs = outline.Lessons.Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);
        return url =>
        {
            if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('/'))
            {
                return url;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? string.Empty : url[hash..];
            if (!path.EndsWith(NotebookExtension, StringComparison.OrdinalIgnoreCase))
            {
                return url;
            }

            var slug = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(path));
            return slugs.Contains(slug) ? slug + ".html" + fragment : url;
        };
    }
}
