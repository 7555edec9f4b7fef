using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Course.Notebooks.Site;

/// <summary>
/// One lesson's page: a table of contents of its sections, its Markdown (math for KaTeX, links to other
/// lessons' notebooks pointing at their pages), its code for highlight.js, its outputs, and links to the
/// previous and next lessons.
/// </summary>
internal static class LessonPage
{
    public static string Render(SiteLesson lesson, CourseOutline outline, Func<OutlineLesson, bool> hasPage)
    {
        var rewriteLink = LessonLinks.Rewriter(outline);
        var runs = lesson.Run.Cells.ToDictionary(c => c.CellIndex);
        var cells = new StringBuilder();
        var notebookCells = lesson.Run.Executed.Cells;
        for (var i = 0; i < notebookCells.Count; i++)
        {
            var cell = notebookCells[i];
            switch (cell.CellType)
            {
                case "markdown":
                    cells.Append("<section class=\"cell markdown\">\n").Append(Markdown.ToHtml(cell.Source, rewriteLink)).Append("</section>\n");
                    break;
                case "code":
                    cells.Append("<section class=\"cell code\">\n");
                    cells.Append("<div class=\"prompt\" aria-hidden=\"true\">[").Append(cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ").Append("]</div>\n");
                    cells.Append(RevealOnClick.Source(cell.Source, CodeBlock));
                    if (runs.TryGetValue(i, out var run) && run.NotRun)
                    {
                        cells.Append("<p class=\"not-run\">Not run: an earlier cell failed.</p>\n");
                    }

                    var outputs = new StringBuilder();
                    foreach (var output in cell.Outputs.OfType<JsonObject>())
                    {
                        outputs.Append(OutputHtml.Render(output)).Append('\n');
                    }

                    cells.Append(RevealOnClick.Outputs(cell.Source, outputs.ToString(), CodeBlock));

                    cells.Append("</section>\n");
                    break;
                default:
                    cells.Append("<section class=\"cell raw\"><pre>").Append(OutputHtml.Encode(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }

        var (content, sections) = TableOfContents.Build(cells.ToString());
        var (previous, next) = outline.Neighbours(lesson.Slug, hasPage);
        var body = new StringBuilder("<div class=\"layout\">\n");
        body.Append(TableOfContents.Nav(sections));
        body.Append("<main id=\"content\">\n").Append(content);
        body.Append(Pager(previous, next));
        body.Append("</main>\n</div>\n");
        return SitePage.Render(lesson.Title, outline.Title, body.ToString());
    }

    private static string CodeBlock(string code) =>
        $"<pre class=\"source\"><code class=\"language-csharp\">{OutputHtml.Encode(code)}</code></pre>\n";

    internal static string Pager(OutlineLesson? previous, OutlineLesson? next)
    {
        var pager = new StringBuilder("<nav class=\"pager\" aria-label=\"Lessons\">\n");
        if (previous is not null)
        {
            pager.Append("<a class=\"previous\" rel=\"prev\" href=\"").Append(OutputHtml.Encode(previous.PageName)).Append("\"><span class=\"direction\">← Previous</span> ")
                .Append(OutputHtml.Encode(previous.NumberedTitle)).Append("</a>\n");
        }

        pager.Append("<a class=\"all\" href=\"index.html\">All lessons</a>\n");
        if (next is not null)
        {
            pager.Append("<a class=\"next\" rel=\"next\" href=\"").Append(OutputHtml.Encode(next.PageName)).Append("\"><span class=\"direction\">Next →</span> ")
                .Append(OutputHtml.Encode(next.NumberedTitle)).Append("</a>\n");
        }

        return pager.Append("</nav>\n").ToString();
    }
}
