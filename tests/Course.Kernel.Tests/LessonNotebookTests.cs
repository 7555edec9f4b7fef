using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Kernel.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Kernel.Tests;

/// <summary>
/// Every lesson executed by <c>jupyter nbconvert --execute</c> through the installed kernel runs with no error and
/// shows what <c>course run</c> shows; and the same executed notebook, exported by <c>jupyter nbconvert --to html</c>
/// (what <c>--to html --execute</c> writes, without running the lesson a second time) and opened as a file in
/// Chromium with no network, draws every chart and shows every card, with or without require.js on the page.
/// </summary>
public sealed partial class LessonNotebookTests(NbconvertLessons lessons) : IClassFixture<NbconvertLessons>
{
    private const string Cards = ".course-check, .course-question";

    /// <summary>Debian's require.js (libjs-requirejs, which jupyter-notebook depends on).</summary>
    private const string RequireJs = "/usr/share/javascript/requirejs/require.min.js";

    /// <summary>Where upstream nbconvert's HTML template loads require.js from.</summary>
    private const string RequireJsCdn = "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js";

    public static TheoryData<string> LessonFiles() => Lessons.FileNames();

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LessonFiles))]
    public void Nbconvert_through_the_kernel_matches_course_run(string lesson)
    {
        RequiredTools.Require(RequiredTools.NbconvertMissing.Value);
        var viaRun = Path.Combine(lessons.Root, "run", Path.GetFileNameWithoutExtension(lesson));
        var kernelOutputs = lessons.Executed(lesson);
        var ran = CourseCli.Run(null, "run", Path.Combine(Lessons.Folder, lesson), "--output", viaRun);

        Assert.True(ran.ExitCode == 0, $"course run failed:\n{ran.StandardOutput}\n{ran.StandardError}");
        Assert.Empty(NotebookOutputs.Errors(kernelOutputs));
        var expected = NotebookOutputs.Read(Path.Combine(viaRun, "executed", lesson));
        var actual = NotebookOutputs.Read(kernelOutputs);
        Assert.Equal(expected.Count, actual.Count);
        for (var cell = 0; cell < expected.Count; cell++)
        {
            Assert.True(expected[cell].SequenceEqual(actual[cell]), $"code cell {cell + 1} differs:\ncourse run: {Shorten(expected[cell])}\nkernel:     {Shorten(actual[cell])}");
        }
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LessonFiles))]
    public async Task Nbconvert_html_opened_as_a_file_draws_every_chart_offline(string lesson)
    {
        RequiredTools.Require(RequiredTools.NbconvertMissing.Value ?? RequiredTools.ChromiumMissing
            ?? (File.Exists(RequireJs) ? null : $"{RequireJs} is not installed (install libjs-requirejs)"));
        var executed = lessons.Executed(lesson);
        var folder = Path.Combine(lessons.Root, "html");
        var exported = ProcessRunner.Run(
            RequiredTools.Python, ["-m", "nbconvert", "--to", "html", "--output-dir", folder, executed], TimeSpan.FromMinutes(5), lessons.Environment);
        Assert.True(exported.ExitCode == 0, $"nbconvert --to html failed:\n{exported.StandardError}");
        var outputs = ChartBundles.Outputs(JsonNode.Parse(File.ReadAllText(executed))!);
        Assert.Empty(ChartBundles.Errors(outputs));
        var chartOutputs = ChartBundles.Charts(outputs);
        Assert.NotEmpty(chartOutputs);
        var figures = ChartBundles.Figures(lesson, chartOutputs);

        var page = Path.Combine(folder, Path.ChangeExtension(lesson, ".html"));
        var pageOffline = Path.Combine(folder, Path.ChangeExtension(lesson, ".cdn-require.html"));
        File.WriteAllText(pageOffline, RequireJsTag().Replace(File.ReadAllText(page), $"<script src=\"{RequireJsCdn}\">"));
        await CheckPageAsync(lesson, page, outputs, chartOutputs.Count, figures, withRequireJs: true);
        await CheckPageAsync(lesson, pageOffline, outputs, chartOutputs.Count, figures, withRequireJs: false);
    }

    // Opens an exported page offline. nbconvert's template loads require.js, an AMD loader: Debian's nbconvert from
    // Debian's own file, upstream's from a CDN, which is missing offline. So each lesson's page is opened as exported
    // (require.js from a file, or from the CDN answered with Debian's copy), and once more with the CDN's address in
    // its place, blocked.
    private async Task CheckPageAsync(string lesson, string file, List<JsonObject> outputs, int chartCount, List<JsonObject> figures, bool withRequireJs)
    {
        var how = withRequireJs ? $"{lesson} with require.js" : $"{lesson} without require.js";
        var problems = new List<string>();
        var page = await (await lessons.BrowserAsync()).NewPageAsync(problems);
        try
        {
            if (withRequireJs)
            {
                await page.RouteAsync("**/require.min.js", route => route.FulfillAsync(new RouteFulfillOptions { Path = RequireJs }));
            }

            await page.GotoAsync(new Uri(file).AbsoluteUri);
            Assert.Equal(withRequireJs, await page.EvaluateAsync<bool>("() => typeof window.define === 'function' && !!window.define.amd"));
            var charts = await ChartsOnPage.SettleAsync(page, chartCount, TimeSpan.FromSeconds(60));
            Assert.True(
                charts.Count == chartCount && charts.Drawn == charts.Count,
                $"{how}: {charts.Drawn} of {charts.Count} chart containers drawn for {chartCount} chart outputs; messages: {string.Join(" | ", charts.Messages)}; {string.Join('\n', problems)}");
            var invalid = await ChartBundles.InvalidAsync(page, figures);
            Assert.True(invalid.Count == 0, $"{how}: Plotly.validate finds:\n{string.Join('\n', invalid)}");

            var cards = page.Locator(Cards);
            Assert.Equal(ChartBundles.Cards(outputs), await cards.CountAsync());
            for (var i = 0; i < await cards.CountAsync(); i++)
            {
                Assert.True(await cards.Nth(i).IsVisibleAsync(), $"{how}: check card {i + 1} is not visible");
            }

            // nbconvert's page template asks the internet for require.js and MathJax; nothing of the course may.
            Assert.True(problems.Count(p => !NbconvertTemplateRequest(p)) == 0, $"{how}:\n{string.Join('\n', problems)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static bool NbconvertTemplateRequest(string problem) =>
        problem.StartsWith("blocked request: ", StringComparison.Ordinal)
        && (problem.Contains("/require.js/", StringComparison.Ordinal) || problem.Contains("/mathjax/", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("<script src=\"[^\"]*require(\\.min)?\\.js\">")]
    private static partial Regex RequireJsTag();

    private static string Shorten(List<string> outputs) =>
        string.Join(" | ", outputs.Select(o => o.Length > 300 ? o[..300] + "…" : o));
}
