namespace Course.Notebooks.Site;

/// <summary>The frame every page shares: head (stylesheets, KaTeX, highlight.js, plotly.js, the page script) and the course header.</summary>
internal static class SitePage
{
    private const string Head =
        "<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<meta name=\"color-scheme\" content=\"light dark\">\n" +
        "<link rel=\"stylesheet\" href=\"katex/katex.min.css\">\n" +
        "<link rel=\"stylesheet\" href=\"highlight/a11y-light.min.css\" media=\"(prefers-color-scheme: light), print\">\n" +
        "<link rel=\"stylesheet\" href=\"highlight/a11y-dark.min.css\" media=\"screen and (prefers-color-scheme: dark)\">\n" +
        "<link rel=\"stylesheet\" href=\"site.css\">\n" +
        "<script defer src=\"katex/katex.min.js\"></script>\n" +
        "<script defer src=\"highlight/highlight.min.js\"></script>\n" +
        "<script defer src=\"site.js\"></script>\n" +
        "<script src=\"plotly.min.js\"></script>\n";

    /// <summary>A whole page.</summary>
    /// <param name="title">The page's title (the course's title is added).</param>
    /// <param name="courseTitle">The course's title, the header's link to the index.</param>
    /// <param name="body">Everything after the header.</param>
    public static string Render(string title, string courseTitle, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + Head +
        $"<title>{OutputHtml.Encode(title == courseTitle ? title : $"{title} · {courseTitle}")}</title>\n" +
        "</head>\n<body>\n" +
        "<a class=\"skip\" href=\"#content\">Skip to the lesson</a>\n" +
        $"<header class=\"site-header\"><a href=\"index.html\">{OutputHtml.Encode(courseTitle)}</a></header>\n" +
        body +
        "</body>\n</html>\n";
}
