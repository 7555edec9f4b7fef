using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Site;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Site;

/// <summary>Runs every lesson under notebooks/ once and writes the course's site to a temporary folder, as <c>course run</c> does.</summary>
public sealed class CourseSiteFixture : IAsyncLifetime
{
    public string SiteFolder { get; } = Path.Combine(Directory.CreateTempSubdirectory("course-lessons-site-").FullName, "site");

    public IReadOnlyList<string> Notebooks { get; } =
        Directory.Exists(RepositoryFolders.Notebooks) ? Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList() : [];

    public async ValueTask InitializeAsync()
    {
        var options = new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly] };
        var lessons = new List<SiteLesson>();
        foreach (var path in Notebooks)
        {
            lessons.Add(new SiteLesson(Path.GetFileNameWithoutExtension(path), await NotebookRunner.RunAsync(path, options)));
        }

        SiteRenderer.Render(CourseOutline.ForNotebooks(Notebooks), lessons, SiteFolder, ChartFormatterHtml.PlotlyScript());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
