using Course.Notebooks.Tests.Tools;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// Debian's headless Chromium for the site's browser tests, and site pages opened in it from disk with every request
/// that is not a file refused, as a reader without a network sees them.
/// </summary>
internal static class HeadlessChromium
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Debian's Chromium, headless; the test is skipped (failed in CI) when it is missing.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Chromium))
        {
            ExternalTool.Missing($"{Chromium} is not installed (apt-get install chromium)");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>
    /// Opens <paramref name="file"/> in a new tab and waits until every chart has drawn its SVG and, when the page has
    /// math, KaTeX has drawn it. <paramref name="beforeNavigation"/> attaches listeners that must see the page load.
    /// </summary>
    public static async Task<IPage> OpenOfflineAsync(IBrowser browser, string file, BrowserNewPageOptions? options = null, Action<IPage>? beforeNavigation = null)
    {
        var page = await browser.NewPageAsync(options);
        beforeNavigation?.Invoke(page);
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
}
