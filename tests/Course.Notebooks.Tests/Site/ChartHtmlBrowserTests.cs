using System.Text.Json;
using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// Chart outputs put on a page the way the classic Notebook does it (HTML inserted into the output area, each
/// script run from a temporary <c>&lt;script&gt;</c> in <c>&lt;head&gt;</c>, Debian's require.js loaded), in Chromium
/// with the network blocked.
/// </summary>
public sealed class ChartHtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string RequireJs = "/usr/share/javascript/requirejs/require.min.js";

    // Inserts each output's HTML into a new output area, then runs its scripts from <head>, as jQuery's .html() does.
    private const string ClassicInsert =
        "JSON.parse(document.getElementById('outputs').textContent).forEach(function (html) {\n" +
        "  var area = document.createElement('div'); area.className = 'output_area'; document.body.appendChild(area);\n" +
        "  area.innerHTML = html;\n" +
        "  Array.prototype.forEach.call(area.querySelectorAll('script'), function (s) {\n" +
        "    var run = document.createElement('script'); run.text = s.text; document.head.appendChild(run); document.head.removeChild(run);\n" +
        "  });\n" +
        "});\n";

    private static readonly Plotly.NET.GenericChart First = LineChart.Of([new Series("SGD", [3.0, 2.0, 1.0])], title: "SGD");
    private static readonly Plotly.NET.GenericChart Second = LineChart.Of([new Series("Adam", [3.0, 1.0, 0.5])], title: "Adam");

    [Fact]
    public async Task Under_require_js_run_from_head_every_chart_draws_in_its_own_output_even_shown_twice()
    {
        if (!File.Exists(RequireJs))
        {
            ExternalTool.Missing($"{RequireJs} is not installed (apt-get install libjs-requirejs)");
        }

        var first = ChartFormatterHtml.Render(First);
        var outputs = new[] { ChartScriptInjector.WithScript(first, ChartFormatterHtml.PlotlyGlobalScript()), ChartFormatterHtml.Render(Second), first };
        await OnPageAsync(Page(outputs, $"<script src=\"{new Uri(RequireJs).AbsoluteUri}\"></script>"), async (page, problems) =>
        {
            var areas = page.Locator("div.output_area");
            for (var i = 0; i < outputs.Length; i++)
            {
                await areas.Nth(i).Locator("div.course-chart .main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            }

            Assert.Equal("function", await page.EvaluateAsync<string>("() => typeof window.define"));
            Assert.Contains("SGD", await areas.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Adam", await areas.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("SGD", await areas.Nth(2).InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        });
    }

    [Fact]
    public async Task Without_plotly_js_a_chart_says_in_its_output_that_it_could_not_be_drawn()
    {
        await OnPageAsync(Page([ChartFormatterHtml.Render(First)], string.Empty), async (page, problems) =>
        {
            var message = page.Locator("div.course-chart .course-chart-message");
            await message.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            Assert.True(await message.IsVisibleAsync());
            Assert.Contains("could not be drawn", await message.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        });
    }

    private static string Page(IEnumerable<string> outputs, string head) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" + head + "</head><body>\n" +
        "<script type=\"application/json\" id=\"outputs\">" + JsonSerializer.Serialize(outputs) + "</script>\n" +
        "<script>" + ClassicInsert + "</script>\n</body></html>\n";

    private static async Task OnPageAsync(string html, Func<IPage, List<string>, Task> check)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("course-chart-html-").FullName, "page.html");
        await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        await page.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await check(page, problems);
    }
}
