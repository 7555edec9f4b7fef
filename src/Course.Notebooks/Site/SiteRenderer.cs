using System.Text;
using System.Text.Json.Nodes;
using Course.Notebooks.Execution;
using Course.Notebooks.Running;

namespace Course.Notebooks.Site;

/// <summary>
/// Writes the course's static site: an index listing the lessons with how their runs went, and one
/// page per lesson with its Markdown (math drawn by KaTeX), code and outputs (charts drawn live).
/// Every file a page needs is written beside it, so the site works opened from disk with no internet.
/// </summary>
public static class SiteRenderer
{
    private const string KatexHead =
        "<link rel=\"stylesheet\" href=\"katex/katex.min.css\">\n" +
        "<script defer src=\"katex/katex.min.js\"></script>\n" +
        "<script defer src=\"site.js\"></script>\n";

    /// <summary>Writes the site.</summary>
    /// <param name="lessons">The lessons, in course order.</param>
    /// <param name="outputDirectory">The site's folder; created if missing, existing pages overwritten.</param>
    /// <param name="plotlyScript">plotly.js, written once as <c>plotly.min.js</c> for every page's charts.</param>
    public static void Render(IReadOnlyList<SiteLesson> lessons, string outputDirectory, string plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(plotlyScript);
        Directory.CreateDirectory(outputDirectory);
        SiteAssets.CopyTo(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, "plotly.min.js"), plotlyScript, Encoding.UTF8);
        File.WriteAllText(Path.Combine(outputDirectory, "index.html"), Index(lessons), Encoding.UTF8);
        for (var i = 0; i < lessons.Count; i++)
        {
            var page = Lesson(lessons[i], i > 0 ? lessons[i - 1] : null, i + 1 < lessons.Count ? lessons[i + 1] : null);
            File.WriteAllText(Path.Combine(outputDirectory, lessons[i].Slug + ".html"), page, Encoding.UTF8);
        }
    }

    private static string Index(IReadOnlyList<SiteLesson> lessons)
    {
        var body = new StringBuilder();
        body.Append("<main>\n<h1>Lessons</h1>\n<table class=\"lessons\">\n<tr><th>#</th><th>Lesson</th><th>Run</th></tr>\n");
        for (var i = 0; i < lessons.Count; i++)
        {
            var lesson = lessons[i];
            body.Append("<tr><td>").Append(i + 1).Append("</td><td><a href=\"").Append(OutputHtml.Encode(lesson.Slug)).Append(".html\">")
                .Append(OutputHtml.Encode(lesson.Title)).Append("</a></td><td>").Append(Status(lesson.Run)).Append("</td></tr>\n");
        }

        body.Append("</table>\n</main>\n");
        return Page("Lessons", header: "<a href=\"index.html\">Course</a>", body.ToString());
    }

    private static string Status(NotebookRunResult run)
    {
        if (run.FirstFailure is not { } failure)
        {
            return $"<span class=\"passed\">✓ all {run.Cells.Count} code cells ran</span>";
        }

        var what = failure.Status == CellStatus.TimedOut ? "timed out" : "failed";
        var message = failure.Error is { } error ? $": {error.Name}: {error.Value}" : string.Empty;
        return $"<span class=\"failed\">✗ code cell {failure.CodeCellNumber} {what}{OutputHtml.Encode(message)}; {run.NotRunCount} not run</span>";
    }

    private static string Lesson(SiteLesson lesson, SiteLesson? previous, SiteLesson? next)
    {
        var runs = lesson.Run.Cells.ToDictionary(c => c.CellIndex);
        var body = new StringBuilder("<main>\n");
        var cells = lesson.Run.Executed.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            switch (cell.CellType)
            {
                case "markdown":
                    body.Append("<section class=\"cell markdown\">\n").Append(Markdown.ToHtml(cell.Source)).Append("</section>\n");
                    break;
                case "code":
                    body.Append("<section class=\"cell code\">\n");
                    body.Append("<div class=\"prompt\">In [").Append(cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? " ").Append("]:</div>\n");
                    body.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(OutputHtml.Encode(cell.Source)).Append("</code></pre>\n");
                    if (runs.TryGetValue(i, out var run) && run.NotRun)
                    {
                        body.Append("<p class=\"not-run\">Not run: an earlier cell failed.</p>\n");
                    }

                    foreach (var output in cell.Outputs.OfType<JsonObject>())
                    {
                        body.Append(OutputHtml.Render(output)).Append('\n');
                    }

                    body.Append("</section>\n");
                    break;
                default:
                    body.Append("<section class=\"cell raw\"><pre>").Append(OutputHtml.Encode(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }

        body.Append("</main>\n");
        var nav = new StringBuilder("<a href=\"index.html\">All lessons</a>");
        if (previous is not null)
        {
            nav.Append(" · <a href=\"").Append(OutputHtml.Encode(previous.Slug)).Append(".html\">← ").Append(OutputHtml.Encode(previous.Title)).Append("</a>");
        }

        if (next is not null)
        {
            nav.Append(" · <a href=\"").Append(OutputHtml.Encode(next.Slug)).Append(".html\">").Append(OutputHtml.Encode(next.Title)).Append(" →</a>");
        }

        return Page(lesson.Title, nav.ToString(), body.ToString());
    }

    private static string Page(string title, string header, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{OutputHtml.Encode(title)}</title>\n" +
        "<link rel=\"stylesheet\" href=\"site.css\">\n" +
        KatexHead +
        "<script src=\"plotly.min.js\"></script>\n" +
        "</head>\n<body>\n" +
        $"<header>{header}</header>\n" +
        body +
        "</body>\n</html>\n";
}
