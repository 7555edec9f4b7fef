using System.Diagnostics;
using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Kernel.Tests.Clients;

/// <summary>
/// Lessons opened in the classic Jupyter Notebook in Chromium, with no network, and run with Cell → Run All as a
/// learner would: every chart draws (an SVG made by plotly.js), every check card shows, no output is an error, and
/// every chart's MIME bundle carries a Plotly figure that plotly.js itself finds valid. A saved notebook still draws
/// its charts when reopened after the output that carried plotly.js was cleared.
/// </summary>
public sealed class ClassicNotebookTests(ClassicNotebookFixture fixture) : IClassFixture<ClassicNotebookFixture>
{
    private const string KernelIdle =
        "() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()" +
        " && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null";

    // Run All is over when every cell has its number and the kernel has said idle for each cell's request: the
    // execute reply (shell) can arrive before that request's last outputs (iopub), so a numbered prompt alone does not
    // mean the cell's outputs are in. The Notebook marks a request's iopub side done when its idle status arrives.
    private const string RunFinished =
        "() => { const kernel = Jupyter.notebook.kernel;" +
        " const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code' && c.get_text().trim() !== '');" +
        " const outputsIn = c => { const callbacks = kernel._msg_callbacks[c.last_msg_id]; return callbacks !== undefined && callbacks.iopub_done; };" +
        " const idle = document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;" +
        " const failed = document.querySelector('.output_area .output_error') !== null;" +
        " return idle && !cells.some(c => c.input_prompt_number === '*')" +
        " && (failed || cells.every(c => typeof c.input_prompt_number === 'number' && outputsIn(c))); }";

    // Clears the outputs of the first cell that shows a chart (the one the kernel put plotly.js in), saves the
    // notebook, and says which cell it was.
    private const string ClearFirstChartAndSave =
        "async () => { const cells = Jupyter.notebook.get_cells();" +
        " const index = cells.findIndex(c => c.cell_type === 'code' && c.output_area.outputs.some(o => o.data && String(o.data['text/html'] || '').includes('data-course-chart=')));" +
        " cells[index].clear_output(); await Jupyter.notebook.save_notebook(); return index; }";

    private const string Cards = ".output_area .course-check, .output_area .course-question";

    /// <summary>The lessons whose Run All is also photographed (under <c>screenshots/</c> in the test output).</summary>
    private static readonly string[] Photographed = ["03-", "09-"];

    public static TheoryData<string> LessonFiles() => Lessons.FileNames();

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LessonFiles))]
    public async Task Run_all_draws_every_chart_and_card_with_no_error_output(string lesson)
    {
        RequiredTools.Require(fixture.Missing);
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var page = await fixture.Browser.NewPageAsync(problems);
        try
        {
            await RunAllAsync(page, fixture.Server.NotebookUrl(lesson));
            var outputs = ChartBundles.Outputs(await NotebookOnPageAsync(page));
            var errors = ChartBundles.Errors(outputs);
            Assert.True(errors.Count == 0, $"{lesson}: error outputs:\n{string.Join('\n', errors)}");

            var chartOutputs = ChartBundles.Charts(outputs);
            Assert.NotEmpty(chartOutputs);
            var charts = await ChartsOnPage.SettleAsync(page, chartOutputs.Count, TimeSpan.FromSeconds(60));
            var invalid = await ChartBundles.InvalidAsync(page, ChartBundles.Figures(lesson, chartOutputs));
            Assert.True(invalid.Count == 0, $"{lesson}: Plotly.validate finds:\n{string.Join('\n', invalid)}");
            Assert.True(
                charts.Count == chartOutputs.Count && charts.Drawn == charts.Count,
                $"{lesson}: {charts.Drawn} of {charts.Count} chart containers drawn for {chartOutputs.Count} chart outputs; messages: {string.Join(" | ", charts.Messages)}; {string.Join('\n', problems)}");

            var cardOutputs = ChartBundles.Cards(outputs);
            var cards = page.Locator(Cards);
            Assert.Equal(cardOutputs, await cards.CountAsync());
            for (var i = 0; i < cardOutputs; i++)
            {
                Assert.True(await cards.Nth(i).IsVisibleAsync(), $"{lesson}: check card {i + 1} is not visible");
            }

            Assert.True(problems.Count == 0, $"{lesson}:\n{string.Join('\n', problems)}");
            if (Photographed.Any(prefix => lesson.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var shots = Enumerable.Range(0, charts.Count).Select(i => page.Locator("div.course-chart").Nth(i))
                    .Append(page.Locator(Cards).First);
                await Screenshots.TakeAsync(page, $"classic-notebook-{lesson[..2]}", [.. shots]);
            }

            TestContext.Current.SendDiagnosticMessage($"{lesson}: {charts.Drawn} charts drawn, {cardOutputs} cards, {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            await CloseAsync(page);
        }
    }

    [Fact]
    public async Task A_saved_notebook_draws_its_charts_when_reopened_after_the_output_carrying_plotly_was_cleared()
    {
        RequiredTools.Require(fixture.Missing);
        var copy = fixture.CopyOfLesson(ClassicNotebookFixture.ReopenedLesson, "reopened-");
        var problems = new List<string>();
        var page = await fixture.Browser.NewPageAsync(problems);
        try
        {
            await RunAllAsync(page, fixture.Server.NotebookUrl(Path.GetFileName(copy)));
            var before = ChartBundles.Charts(ChartBundles.Outputs(await NotebookOnPageAsync(page))).Count;
            var cleared = await page.EvaluateAsync<int>(ClearFirstChartAndSave);
            Assert.True(cleared >= 0, "the lesson shows a chart");
            await page.EvaluateAsync("() => new Promise(done => Jupyter.notebook.session.delete(done, done))");

            // The file on disk is what a learner reopens: its charts, and no copy of plotly.js left in it.
            var saved = File.ReadAllText(copy);
            var remaining = ChartBundles.Charts(ChartBundles.Outputs(JsonNode.Parse(saved)!)).Count;
            Assert.True(remaining >= 1 && remaining < before, $"the saved notebook keeps {remaining} of {before} charts");
            Assert.DoesNotContain("plotly.js v", saved, StringComparison.Ordinal);

            await page.ReloadAsync();
            var charts = await ChartsOnPage.SettleAsync(page, remaining, TimeSpan.FromSeconds(60));
            Assert.True(
                charts.Count == remaining && charts.Drawn == remaining,
                $"reopened: {charts.Drawn} of {charts.Count} charts drawn, {remaining} in the file; messages: {string.Join(" | ", charts.Messages)}; {string.Join('\n', problems)}");
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
        finally
        {
            await CloseAsync(page);
        }
    }

    private static async Task RunAllAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync(KernelIdle, null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 200 });
        await page.ClickAsync("#celllink");
        await page.ClickAsync("#run_all_cells > a");
        await page.WaitForFunctionAsync(RunFinished, null, new PageWaitForFunctionOptions { Timeout = 600_000, PollingInterval = 500 });
    }

    private static async Task<JsonNode> NotebookOnPageAsync(IPage page) =>
        JsonNode.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(Jupyter.notebook.toJSON())"))!;

    // Stops the page's kernel so the next lessons do not share the machine with it.
    private static async Task CloseAsync(IPage page)
    {
        await page.EvaluateAsync("() => new Promise(done => window.Jupyter && Jupyter.notebook && Jupyter.notebook.session ? Jupyter.notebook.session.delete(done, done) : done())");
        await page.Context.CloseAsync();
    }
}
