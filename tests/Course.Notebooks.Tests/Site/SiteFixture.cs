using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Site;

namespace Course.Notebooks.Tests.Site;

/// <summary>Runs the site fixture notebooks once, writes the executed notebooks and the site to a temporary folder.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public static readonly NotebookRunOptions Options = new()
    {
        CellTimeout = TimeSpan.FromMinutes(2),
        PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
    };

    public static string SourceFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "site");

    public string Folder { get; } = Directory.CreateTempSubdirectory("course-site-").FullName;

    public string SiteFolder => Path.Combine(Folder, "site");

    public string ExecutedFolder => Path.Combine(Folder, "executed");

    public List<(string Path, NotebookRunResult Result)> Runs { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var plotly = ChartFormatterHtml.PlotlyScript();
        var lessons = new List<SiteLesson>();
        foreach (var path in Directory.GetFiles(SourceFolder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var result = await NotebookRunner.RunAsync(path, Options);
            var executed = Path.Combine(ExecutedFolder, Path.GetFileName(path));
            ChartScriptInjector.InjectOnce(result.Executed, ChartFormatterHtml.PlotlyGlobalScript()).Notebook.Save(executed);
            Runs.Add((executed, result));
            lessons.Add(new SiteLesson(Path.GetFileNameWithoutExtension(path), result));
        }

        SiteRenderer.Render(CourseOutline.ForNotebooks(Directory.GetFiles(SourceFolder, "*.ipynb")), lessons, SiteFolder, plotly);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
