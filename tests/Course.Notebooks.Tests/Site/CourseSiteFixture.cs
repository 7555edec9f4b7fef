using Course.Charts;
using Course.Display;
using Course.Notebooks.Running;
using Course.Notebooks.Site;
using Course.Notebooks.Tests.Tools;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// Runs every lesson under notebooks/ once and writes the course's site to a temporary folder, as <c>course run</c>
/// does; and one headless Debian Chromium (network blocked by each page's route) shared by the tests that read it.
/// </summary>
public sealed class CourseSiteFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string SiteFolder { get; } = Path.Combine(Directory.CreateTempSubdirectory("course-lessons-site-").FullName, "site");

    /// <summary>Where the tests leave their screenshots of the site, for a person to look at.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryFolders.Root, "artifacts", "site-screenshots");

    public IReadOnlyList<string> Notebooks { get; } =
        Directory.Exists(RepositoryFolders.Notebooks) ? Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList() : [];

    public async ValueTask InitializeAsync()
    {
        var options = new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly] };
        var lessons = new List<SiteLesson>();
        foreach (var path in Notebooks)
        {
            DisplaySettings.Reset();
            lessons.Add(new SiteLesson(Path.GetFileNameWithoutExtension(path), await NotebookRunner.RunAsync(path, options)));
        }

        SiteRenderer.Render(CourseOutline.ForNotebooks(Notebooks), lessons, SiteFolder, ChartFormatterHtml.PlotlyScript());
    }

    /// <summary>The shared browser, launched on first use; the test is skipped (failed in CI) when Chromium is missing.</summary>
    public async Task<IBrowser> BrowserAsync() => browser ??= await HeadlessChromium.LaunchAsync(playwright ??= await Playwright.CreateAsync());

    /// <summary>A site page opened from disk in a new tab of <paramref name="width"/> CSS pixels, every request that is not a file refused, its charts and math drawn.</summary>
    public async Task<IPage> OpenAsync(string file, int width) =>
        await HeadlessChromium.OpenOfflineAsync(await BrowserAsync(), file, new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
