using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Browser.Tests.Infrastructure;
using Course.Charts;
using Course.Cli.Running;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;
using Course.Notebooks.Running;
using Microsoft.Playwright;

namespace Course.Browser.Tests;

/// <summary>
/// The in-browser course in offline Chromium, served by a plain static server: every lesson's Run all runs every cell
/// in the page with no error, draws every chart and shows the same check verdicts the desktop engine
/// (<c>course run</c>'s) gives for the same student notebook; an edit survives a reload; the downloaded notebook
/// passes <c>course check</c>; an endless loop is stopped from the page, which stays usable.
/// </summary>
public sealed partial class LessonPageTests(BrowserSiteFixture site)
{
    private static readonly TimeSpan LessonTimeout = TimeSpan.FromMinutes(20);

    /// <summary>Every lesson in the repository's notebooks/, by file name.</summary>
    public static TheoryData<string> Lessons => new(
        Directory.GetFiles(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "notebooks"), "*.ipynb")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Run_all_runs_every_cell_without_errors_draws_every_chart_and_gives_the_desktop_verdicts(string lesson)
    {
        site.RequireBrowser();
        var problems = new List<string>();
        var page = await OpenAsync(lesson, problems);

        await page.ClickAsync("#run-all");
        await WaitIdleAsync(page, LessonTimeout);

        var cells = JsonSerializer.Deserialize<CellState[]>(
            await page.EvalOnSelectorAllAsync<string>("section.cell.code", """
            sections => JSON.stringify(sections.map(s => ({
              status: s.dataset.status ?? "",
              errors: [...s.querySelectorAll(".output.error")].map(e => e.innerText),
              charts: s.querySelectorAll(".output.chart").length,
              drawn: s.querySelectorAll(".output.chart svg.main-svg").length })))
            """),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.All(cells, (cell, i) =>
        {
            Assert.True(cell.Status == "Succeeded", $"code cell {i + 1}: {cell.Status} {string.Join("\n", cell.Errors)}");
            Assert.Empty(cell.Errors);
        });
        Assert.Contains(cells, c => c.Charts > 0);
        Assert.All(cells.Where(c => c.Charts > 0), c => Assert.True(c.Drawn >= c.Charts, "a chart was not drawn (no plotly SVG)"));
        Assert.Empty(problems);

        var inBrowser = await page.EvalOnSelectorAllAsync<string[]>(
            ".course-check[data-question-id]",
            "cards => cards.map(c => c.dataset.questionId + '=' + c.dataset.correct)");
        Assert.Equal(await DesktopVerdictsAsync(lesson), inBrowser);
    }

    [Fact]
    public async Task An_edit_survives_a_reload_and_the_downloaded_notebook_passes_course_check()
    {
        site.RequireBrowser();
        var problems = new List<string>();
        var page = await OpenAsync("03-momentum", problems);
        const string Edit = "// my note: momentum remembers the past";
        var editor = page.Locator("section.cell.code .cm-content").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.TypeAsync(Edit);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(600);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("section.cell.code .cm-content");
        Assert.StartsWith(Edit, await page.Locator("section.cell.code .cm-content").First.InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        var folder = Directory.CreateTempSubdirectory("course-browser-download-").FullName;
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        Assert.Equal("03-momentum.ipynb", download.SuggestedFilename);

        var downloaded = Notebook.Load(path);
        var original = StudentRelease.Create(Notebook.Load(Path.Combine(site.Repository, "notebooks", "03-momentum.ipynb"))).Student;
        Assert.Equal(original.Cells.Select(c => c.Id), downloaded.Cells.Select(c => c.Id));
        Assert.StartsWith(Edit, downloaded.Cells.First(c => c.IsCode).Source);

        var (exit, output) = await CourseAsync("check", path);
        Assert.True(exit == 0, output);
        Assert.Matches(@"03-momentum: [\d.]+ / [\d.]+", output);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_endless_loop_is_stopped_from_the_page_and_the_page_stays_usable()
    {
        site.RequireBrowser();
        var problems = new List<string>();
        var page = await OpenAsync("01-gradient-descent", problems);
        var first = page.Locator("section.cell.code").First;
        await first.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("var spins = 0L;\nwhile (true) { spins++; }");
        await first.Locator(".run-cell").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.kernel === 'busy'");
        await page.WaitForTimeoutAsync(3000);
        Assert.Equal("busy", await page.EvaluateAsync<string>("document.body.dataset.kernel"));

        await page.ClickAsync("#stop");
        await WaitIdleAsync(page, TimeSpan.FromMinutes(5));
        Assert.Contains("C# session was restarted", await first.Locator(".outputs").InnerTextAsync());

        await page.Keyboard.PressAsync("Control+a");
        await first.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("6 * 7");
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('section.cell.code').dataset.status", null, new() { Timeout = 300_000 });
        await WaitIdleAsync(page, TimeSpan.FromMinutes(5));
        Assert.Equal("Succeeded", await first.GetAttributeAsync("data-status"));
        Assert.Equal("42", (await first.Locator(".outputs").InnerTextAsync()).Trim());
        Assert.Empty(problems);
    }

    private async Task<IPage> OpenAsync(string lesson, List<string> problems)
    {
        var page = await site.Browser.NewPageAsync(problems);
        page.SetDefaultTimeout(300_000);
        await page.GotoAsync(site.Address + lesson + ".html");
        await page.WaitForFunctionAsync("() => document.body.dataset.kernel === 'ready'");
        return page;
    }

    private static Task WaitIdleAsync(IPage page, TimeSpan timeout) =>
        page.WaitForFunctionAsync(
            "() => document.body.dataset.kernel === 'ready' && !document.body.classList.contains('busy')",
            null,
            new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 500 });

    /// <summary>The check cards' verdicts when the desktop engine runs the same student notebook top to bottom.</summary>
    private async Task<string[]> DesktopVerdictsAsync(string lesson)
    {
        var student = StudentRelease.Create(Notebook.Load(Path.Combine(site.Repository, "notebooks", lesson + ".ipynb"))).Student;
        var run = await NotebookRunner.RunAsync(
            student,
            Path.Combine(site.Repository, "notebooks"),
            new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly] },
            cancellationToken: TestContext.Current.CancellationToken);
        return run.Executed.Cells
            .Where(c => c.IsCode)
            .SelectMany(c => c.Outputs.OfType<JsonObject>())
            .Select(o => o["data"]?["text/html"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
                JsonValue text => text.GetValue<string>(),
                _ => string.Empty,
            })
            .SelectMany(html => Card().Matches(html).Select(m => m.Groups["id"].Value + "=" + m.Groups["correct"].Value))
            .ToArray();
    }

    /// <summary>Runs the course's command line in the repository, as a learner would.</summary>
    private async Task<(int Exit, string Output)> CourseAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Course.Cli.dll"), .. arguments])
        {
            WorkingDirectory = site.Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex("class=\"course-check\" data-question-id=\"(?<id>[^\"]*)\" data-correct=\"(?<correct>true|false)\"")]
    private static partial Regex Card();

    private sealed record CellState(string Status, string[] Errors, int Charts, int Drawn);
}
