using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Notebooks.Tests.Tools;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// The course's own site, read in Debian's Chromium with the network blocked, page by page: every display
/// equation drawn by KaTeX as display math, no raw LaTeX or solution markers, no broken internal link,
/// every chart at least 80 % of the text width, no collapsed object output, and no serious or critical
/// axe-core violation.
/// </summary>
public sealed partial class CourseSiteBrowserTests(CourseSiteFixture site) : IClassFixture<CourseSiteFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private const double SmallestChartShare = 0.8;

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Tools", "axe", "axe.min.js");

    /// <summary>Text outside KaTeX's output, code and outputs that still looks like LaTeX: a backslash command or a <c>$$</c>.</summary>
    private const string RawLatexScript = """
        () => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".katex, pre, code, .output, script, style")) continue;
            if (/\\[a-zA-Z]+|\$\$/.test(node.textContent)) found.push(node.textContent.trim().slice(0, 80));
          }
          return found;
        }
        """;

    /// <summary>Each chart's drawn width over the width of the text column.</summary>
    private const string ChartSharesScript = """
        () => {
          const main = document.querySelector("main");
          const style = getComputedStyle(main);
          const text = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return [...document.querySelectorAll("div.course-chart")].map(chart => {
            const svg = chart.querySelector(".main-svg");
            return svg ? svg.getBoundingClientRect().width / text : 0;
          });
        }
        """;

    private const string AxeRunScript = """
        async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
          .filter(v => v.impact === "serious" || v.impact === "critical")
          .map(v => `${v.impact} ${v.id} (${v.nodes.length}×): ${v.help} — ${v.nodes.slice(0, 2).map(n => n.target.join(" ")).join(", ")}`)
        """;

    [Fact]
    public async Task Every_page_of_the_course_reads_well_and_passes_axe()
    {
        if (site.Notebooks.Count == 0)
        {
            Assert.Skip("no lessons under notebooks/");
        }

        if (!File.Exists(Chromium))
        {
            ExternalTool.Missing($"{Chromium} is not installed (apt-get install chromium)");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
        var pages = Directory.GetFiles(site.SiteFolder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(site.Notebooks.Count + 1, pages.Count);
        var problems = new List<string>();
        var displays = 0;
        foreach (var file in pages)
        {
            var name = Path.GetFileName(file);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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

            displays += await page.Locator(".katex-display").CountAsync();
            problems.AddRange((await page.EvaluateAsync<string[]>(RawLatexScript)).Select(t => $"{name}: raw LaTeX: {t}"));
            problems.AddRange((await page.Locator("pre.source").AllInnerTextsAsync())
                .Where(code => code.Contains("BEGIN SOLUTION", StringComparison.Ordinal) || code.Contains("END SOLUTION", StringComparison.Ordinal))
                .Select(code => $"{name}: solution marker in code: {code[..Math.Min(60, code.Length)]}"));
            problems.AddRange((await page.EvaluateAsync<double[]>(ChartSharesScript))
                .Select((share, i) => (share, i)).Where(c => c.share < SmallestChartShare)
                .Select(c => $"{name}: chart {c.i + 1} is {c.share:P0} of the text width"));
            if (await page.Locator("main .output details").CountAsync() is var collapsed and > 0)
            {
                problems.Add($"{name}: {collapsed} collapsed object outputs");
            }

            problems.AddRange(await BrokenLinks(page, name));
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            problems.AddRange((await page.EvaluateAsync<string[]>(AxeRunScript)).Select(v => $"{name}: axe: {v}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(DisplayEquationsIn(site.Notebooks), displays);
    }

    private static async Task<IEnumerable<string>> BrokenLinks(IPage page, string name)
    {
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        var broken = new List<string>();
        foreach (var link in links.Where(l => l.StartsWith("file:", StringComparison.Ordinal)))
        {
            var uri = new Uri(link);
            if (!File.Exists(uri.LocalPath))
            {
                broken.Add($"{name}: link to a missing page {uri.LocalPath}");
            }
            else if (uri.Fragment.Length > 1 && Path.GetFileName(uri.LocalPath) == name
                && !await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", Uri.UnescapeDataString(uri.Fragment[1..])))
            {
                broken.Add($"{name}: link to a missing section {uri.Fragment}");
            }
        }

        return broken;
    }

    /// <summary>The <c>$$ … $$</c> pairs in the lessons' Markdown cells, counted from the sources, not from the renderer.</summary>
    private static int DisplayEquationsIn(IEnumerable<string> notebooks) =>
        notebooks
            .SelectMany(path => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray())
            .Where(cell => cell!["cell_type"]!.GetValue<string>() == "markdown")
            .Sum(cell => DisplayMath().Matches(string.Concat(cell!["source"]!.AsArray().Select(l => l!.GetValue<string>()))).Count);

    [GeneratedRegex(@"\$\$(.+?)\$\$", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();
}
