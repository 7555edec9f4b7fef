using Microsoft.Playwright;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright, where pages reach only files and this machine
/// (<c>127.0.0.1</c>, <c>localhost</c>): every other request is aborted and recorded, so a chart that
/// draws here draws with no internet.
/// </summary>
internal sealed class OfflineBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static async Task<OfflineBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
        return new OfflineBrowser(playwright, browser);
    }

    /// <summary>A new page in its own context; <paramref name="problems"/> collects blocked requests and script errors.</summary>
    public async Task<IPage> NewPageAsync(List<string> problems)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // A lesson page carries plotly.js (4.6 MB) inline; with the other test assemblies' browsers and kernels on
        // two cores its load event has taken over Playwright's default 30 s.
        context.SetDefaultNavigationTimeout(180_000);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.IsFile || url.Host is "127.0.0.1" or "localhost" || url.Scheme is "data" or "blob")
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (problems)
                {
                    problems.Add($"blocked request: {route.Request.Url}");
                }

                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"page error: {error}");
            }
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
