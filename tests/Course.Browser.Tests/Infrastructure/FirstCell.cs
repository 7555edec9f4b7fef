using Microsoft.Playwright;

namespace Course.Browser.Tests.Infrastructure;

/// <summary>A lesson page's first code cell used as a scratch cell: its code replaced by typing, then run from its button.</summary>
internal static class FirstCell
{
    /// <summary>Opens <paramref name="lesson"/>'s page with a five-minute default timeout.</summary>
    public static async Task<IPage> OpenAsync(BrowserSiteFixture site, string lesson, List<string> problems)
    {
        var page = await site.Browser.NewPageAsync(problems);
        page.SetDefaultTimeout(300_000);
        await page.GotoAsync(site.Address + lesson + ".html");
        return page;
    }

    /// <summary>Replaces the first code cell's code with <paramref name="code"/>, runs it and waits for its status.</summary>
    /// <returns>The cell.</returns>
    public static async Task<ILocator> RunAsync(IPage page, string code)
    {
        var cell = page.Locator("section.cell.code").First;
        await page.EvaluateAsync("() => { delete document.querySelector('section.cell.code').dataset.status; }");
        await cell.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.InsertTextAsync(code);
        await cell.Locator(".run-cell").ClickAsync();
        await page.WaitForFunctionAsync(
            "() => document.querySelector('section.cell.code').dataset.status && document.body.dataset.kernel !== 'busy'",
            null,
            new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 200 });
        return cell;
    }
}
