using System.Globalization;
using System.Text;
using Course.Notebooks.Execution;
using Course.Notebooks.Running;

namespace Course.Notebooks.Site;

/// <summary>The site's front page: the course's title and description, then every lesson with its number, summary and time.</summary>
internal static class IndexPage
{
    /// <param name="outline">The course.</param>
    /// <param name="runs">How this run's lessons went, by slug; a lesson that failed says where.</param>
    /// <param name="hasPage">Whether a lesson's page exists; one without is listed, unlinked, as not run yet.</param>
    public static string Render(CourseOutline outline, IReadOnlyDictionary<string, NotebookRunResult> runs, Func<OutlineLesson, bool> hasPage)
    {
        var body = new StringBuilder("<main id=\"content\" class=\"index\">\n");
        body.Append("<h1>").Append(OutputHtml.Encode(outline.Title)).Append("</h1>\n");
        if (outline.Description.Length > 0)
        {
            body.Append("<p class=\"description\">").Append(OutputHtml.Encode(outline.Description)).Append("</p>\n");
        }

        body.Append("<ol class=\"lessons\">\n");
        foreach (var lesson in outline.Lessons)
        {
            var linked = hasPage(lesson);
            body.Append(linked ? $"<li><a class=\"lesson-link\" href=\"{OutputHtml.Encode(lesson.PageName)}\">" : "<li><span class=\"lesson-link\">");
            body.Append("<span class=\"number\">").Append(OutputHtml.Encode(lesson.Number)).Append("</span> ");
            body.Append("<span class=\"title\">").Append(OutputHtml.Encode(lesson.Title)).Append("</span>").Append(linked ? "</a>" : "</span> <span class=\"minutes\">(not run yet)</span>");
            if (lesson.Minutes > 0)
            {
                body.Append(" <span class=\"minutes\">about ").Append(lesson.Minutes.ToString(CultureInfo.InvariantCulture)).Append(" min</span>");
            }

            if (lesson.Summary.Length > 0)
            {
                body.Append("\n<div class=\"summary\">").Append(Markdown.ToHtml(lesson.Summary).Trim()).Append("</div>");
            }

            if (runs.TryGetValue(lesson.Slug, out var run) && run.FirstFailure is { } failure)
            {
                var what = failure.Status == CellStatus.TimedOut ? "timed out" : "failed";
                body.Append("\n<p class=\"failed\">Code cell ").Append(failure.CodeCellNumber.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(what).Append(" in the last run.</p>");
            }

            body.Append("</li>\n");
        }

        body.Append("</ol>\n</main>\n");
        return SitePage.Render(outline.Title, outline.Title, body.ToString());
    }
}
