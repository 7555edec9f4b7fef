using System.Globalization;
using System.Text;

namespace Course.Notebooks.Site;

/// <summary>
/// A lesson's page in the in-browser course: the Markdown as on the site, each code cell as an editor with
/// an output area, a toolbar (run all, stop, download, reset) and the lesson's notebook embedded as JSON,
/// which the page script (<c>app/lesson.js</c>) edits, saves in the browser and downloads.
/// </summary>
internal static class BrowserLessonPage
{
    /// <summary>The id of the <c>script</c> element holding the lesson's notebook.</summary>
    public const string NotebookElementId = "lesson-notebook";

    public static string Render(BrowserLesson lesson, CourseOutline outline, Func<OutlineLesson, bool> hasPage)
    {
        var rewriteLink = LessonLinks.Rewriter(outline);
        var cells = new StringBuilder();
        var codeNumber = 0;
        foreach (var cell in lesson.Notebook.Cells)
        {
            switch (cell.CellType)
            {
                case "markdown":
                    cells.Append("<section class=\"cell markdown\">\n").Append(Markdown.ToHtml(cell.Source, rewriteLink)).Append("</section>\n");
                    break;
                case "code":
                    codeNumber++;
                    var number = codeNumber.ToString(CultureInfo.InvariantCulture);
                    cells.Append("<section class=\"cell code\" data-cell-id=\"").Append(OutputHtml.Encode(cell.Id ?? string.Empty)).Append("\">\n");
                    cells.Append("<div class=\"prompt\" aria-hidden=\"true\">[ ]</div>\n");
                    cells.Append("<div class=\"editor\"><textarea class=\"source\" spellcheck=\"false\" aria-label=\"Code cell ").Append(number).Append("\">")
                        .Append(OutputHtml.Encode(cell.Source)).Append("</textarea></div>\n");
                    cells.Append("<div class=\"cell-actions\"><button type=\"button\" class=\"run-cell\" aria-label=\"Run code cell ").Append(number).Append("\">Run ▶</button></div>\n");
                    cells.Append("<div class=\"outputs\" aria-live=\"polite\"></div>\n");
                    cells.Append("</section>\n");
                    break;
                default:
                    cells.Append("<section class=\"cell raw\"><pre>").Append(OutputHtml.Encode(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }

        var (content, sections) = TableOfContents.Build(cells.ToString());
        var (previous, next) = outline.Neighbours(lesson.Slug, hasPage);
        var body = new StringBuilder();
        body.Append("<link rel=\"stylesheet\" href=\"").Append(BrowserSite.AppFolder).Append("/lesson.css\">\n");
        body.Append("<div class=\"layout\">\n");
        body.Append(TableOfContents.Nav(sections));
        body.Append("<main id=\"content\" class=\"browser-lesson\" data-lesson=\"").Append(OutputHtml.Encode(lesson.Slug)).Append("\">\n");
        body.Append(Toolbar);
        body.Append(content);
        body.Append(LessonPage.Pager(previous, next));
        body.Append("</main>\n</div>\n");
        body.Append("<script type=\"application/json\" id=\"").Append(NotebookElementId).Append("\">")
            .Append(lesson.Notebook.ToJson().Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n");
        body.Append("<script type=\"module\" src=\"").Append(BrowserSite.AppFolder).Append("/lesson.js\"></script>\n");
        var title = outline.Lessons.FirstOrDefault(l => l.Slug == lesson.Slug)?.Title ?? lesson.Slug;
        return SitePage.Render(title, outline.Title, body.ToString());
    }

    private const string Toolbar =
        "<div class=\"toolbar\" role=\"toolbar\" aria-label=\"Lesson\">\n" +
        "<button type=\"button\" id=\"run-all\">Run all</button>\n" +
        "<button type=\"button\" id=\"stop\" disabled>Stop</button>\n" +
        "<button type=\"button\" id=\"download\">Download .ipynb</button>\n" +
        "<button type=\"button\" id=\"reset\">Reset lesson</button>\n" +
        "<span id=\"kernel-status\" role=\"status\">Starting C#…</span>\n" +
        "</div>\n" +
        "<p class=\"browser-note\">The code runs in this page (C# on WebAssembly, nothing is sent anywhere). " +
        "Shift+Enter runs a cell. Your edits are saved in this browser; download the notebook to keep or hand in your work.</p>\n";
}
