using Course.Notebooks.Ipynb;
using Course.Notebooks.Running;

namespace Course.Notebooks.Site;

/// <summary>One lesson of the site: its executed notebook and how its run went.</summary>
/// <param name="Slug">The page's file name without <c>.html</c> (the notebook's file name without <c>.ipynb</c>).</param>
/// <param name="Run">The run's result, whose executed notebook the page shows.</param>
public sealed record SiteLesson(string Slug, NotebookRunResult Run)
{
    /// <summary>The lesson's title: the first Markdown heading, else the slug.</summary>
    public string Title => TitleOf(Run.Executed) ?? Slug;

    private static string? TitleOf(Notebook notebook) =>
        notebook.Cells
            .Where(c => c.CellType == "markdown")
            .SelectMany(c => c.Source.Split('\n'))
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
}
