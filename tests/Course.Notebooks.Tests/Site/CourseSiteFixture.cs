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
    public const string Chromium = "/usr/bin/chromium";

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
    public async Task<IBrowser> BrowserAsync()
    {
        if (!File.Exists(Chromium))
        {
            ExternalTool.Missing($"{Chromium} is not installed (apt-get install chromium)");
        }

        playwright ??= await Playwright.CreateAsync();
        return browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>A site page opened from disk in a new tab of <paramref name="width"/> CSS pixels, every request that is not a file refused, its charts and math drawn.</summary>
    public async Task<IPage> OpenAsync(string file, int width)
    {
        var page = await (await BrowserAsync()).NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var charts = page.Locator("div.course-chart");
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            await charts.Nth(i).Locator(".main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        if (await page.Locator(".math").CountAsync() > 0)
        {
            await page.Locator(".katex").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
