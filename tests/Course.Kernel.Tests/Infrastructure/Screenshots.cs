using Microsoft.Playwright;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>Screenshots a person can look at: written under <c>screenshots/</c> in the test's output folder.</summary>
internal static class Screenshots
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Scrolls each element into view and takes the browser window, as <c>{name}-{n}.png</c>.</summary>
    public static async Task TakeAsync(IPage page, string name, params ILocator[] elements)
    {
        Directory.CreateDirectory(Folder);
        for (var i = 0; i < elements.Length; i++)
        {
            await elements[i].ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{i + 1}.png") });
        }
    }
}
