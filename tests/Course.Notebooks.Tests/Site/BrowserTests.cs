using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>Opens every site page from disk in Debian's Chromium with the network blocked.</summary>
public sealed class BrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    /// <summary>Text outside KaTeX's output, code and outputs that still looks like LaTeX: a backslash command or a <c>$$</c>.</summary>
    private const string RawLatexScript = """
        () => {
          const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
          const found = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".katex, pre, code, .output")) continue;
            if (/\\[a-zA-Z]+|\$\$/.test(node.textContent)) found.push(node.textContent.trim().slice(0, 80));
          }
          return found;
        }
        """;

    [Fact]
    public async Task Every_page_draws_its_charts_and_math_offline_with_no_console_errors()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var pages = Directory.GetFiles(site.SiteFolder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, pages.Count);
        var chartsSeen = 0;
        var mathSeen = 0;
        var displaysSeen = 0;
        var tableHeaders = new List<string>();
        foreach (var file in pages)
        {
            var problems = new List<string>();
            var page = await HeadlessChromium.OpenOfflineAsync(browser, file, beforeNavigation: page =>
            {
                page.Console += (_, message) =>
                {
                    if (message.Type == "error")
                    {
                        problems.Add($"console: {message.Text}");
                    }
                };
                page.PageError += (_, error) => problems.Add($"page error: {error}");
                page.RequestFailed += (_, request) =>
                {
                    if (request.Url.StartsWith("file:", StringComparison.Ordinal))
                    {
                        problems.Add($"missing file: {request.Url}");
                    }
                };
            });
            chartsSeen += await page.Locator("div.course-chart:has(.main-svg)").CountAsync();
            mathSeen += await page.Locator(".katex").CountAsync();
            displaysSeen += await page.Locator(".katex-display").CountAsync();

            var rawLatex = await page.EvaluateAsync<string[]>(RawLatexScript);
            Assert.True(rawLatex.Length == 0, $"{Path.GetFileName(file)} shows raw LaTeX: {string.Join(" | ", rawLatex)}");
            tableHeaders.AddRange(await page.Locator("main table.course-table th").AllInnerTextsAsync());
            Assert.Equal(0, await page.Locator("main .output details").CountAsync());

            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}:\n{string.Join('\n', problems)}");
            await page.CloseAsync();
        }

        Assert.Equal(2, chartsSeen);
        Assert.True(mathSeen >= 2, $"expected the inline and display math to be drawn by KaTeX, saw {mathSeen}");
        Assert.Equal(DisplayEquationsInSources(), displaysSeen);
        Assert.Equal(["lr", "factor", "regime"], tableHeaders);
    }

    /// <summary>The <c>$$ … $$</c> pairs in the fixtures' Markdown cells, counted from the sources, not from the renderer.</summary>
    private static int DisplayEquationsInSources() =>
        Directory.GetFiles(SiteFixture.SourceFolder, "*.ipynb")
            .Select(path => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray())
            .SelectMany(cells => cells)
            .Where(cell => cell!["cell_type"]!.GetValue<string>() == "markdown")
            .Sum(cell => System.Text.RegularExpressions.Regex.Matches(string.Concat(cell!["source"]!.AsArray().Select(l => l!.GetValue<string>())), @"\$\$(.+?)\$\$", System.Text.RegularExpressions.RegexOptions.Singleline).Count);
}
