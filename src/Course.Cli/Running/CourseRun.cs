using System.Diagnostics;
using System.Text.Json;
using Course.Charts;
using Course.Notebooks.Execution;
using Course.Notebooks.Running;
using Course.Notebooks.Site;
using Spectre.Console;

namespace Course.Cli.Running;

/// <summary>
/// Runs lessons with the engine (the Course library preloaded), writes each executed notebook (with
/// plotly.js once, in its first chart) to <c>executed/</c>, renders the site to <c>site/</c>, and
/// reports progress (live on a terminal, lines when redirected, nothing with <c>--quiet</c>), a summary
/// table and every failure. A notebook that cannot be read is reported and the others still run.
/// </summary>
public static class CourseRun
{
    /// <summary>Does the run.</summary>
    /// <param name="request">Notebooks, output folder, timeout.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    /// <returns>0 when every cell of every lesson succeeded, 1 otherwise.</returns>
    public static async Task<int> ExecuteAsync(CourseRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var console = AnsiConsole.Console;
        var options = new NotebookRunOptions
        {
            CellTimeout = request.CellTimeout,
            PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
            CompiledCells = request.CacheDirectory is { } cache ? new CompiledCellCache(cache) : null,
        };
        var plotly = ChartFormatterHtml.PlotlyScript();
        var plotlyInNotebooks = ChartFormatterHtml.PlotlyGlobalScript();
        var executedFolder = Path.Combine(request.OutputDirectory, "executed");
        var siteFolder = Path.Combine(request.OutputDirectory, "site");
        Directory.CreateDirectory(executedFolder);
        var outcomes = new LessonOutcome[request.Notebooks.Count];
        var total = Stopwatch.StartNew();
        var processorTime = Environment.CpuUsage.TotalTime;

        // Lessons run side by side only in one folder: a cell runs in its notebook's folder, and the working directory belongs to the process.
        var jobs = request.Notebooks.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal).Count() == 1 ? request.Jobs : 1;

        async Task RunAll(ILessonReporter reporter)
        {
            // Lessons start in order; Ctrl+C reaches each through its own token, so every lesson still reports how it ended.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs };
            await Parallel.ForEachAsync(Enumerable.Range(0, request.Notebooks.Count), parallel, async (i, _) =>
                outcomes[i] = await RunLessonAsync(request, i, options, plotlyInNotebooks, executedFolder, reporter, cancellationToken));
        }

        var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        if (interactive && !request.Quiet)
        {
            await LiveProgress.RunAsync(console, RunAll);
        }
        else
        {
            await RunAll(new LineProgress(console, request.Quiet));
        }

        var lessons = outcomes.Where(o => o.Lesson is not null).Select(o => o.Lesson!).ToList();
        var unreadable = outcomes.Where(o => o.Unreadable is not null).Select(o => (o.Name, Message: o.Unreadable!)).ToList();
        var siteStart = Environment.CpuUsage.TotalTime;
        SiteRenderer.Render(CourseOutline.ForNotebooks(request.Notebooks), lessons, siteFolder, plotly);
        options.CompiledCells?.Trim();
        if (request.Timings)
        {
            var now = Environment.CpuUsage.TotalTime;
            console.Write(PhaseTable.Of(lessons, total.Elapsed, now - processorTime, now - siteStart, jobs, options.CompiledCells));
        }

        if (!request.Quiet)
        {
            console.Write(Summary(lessons, unreadable));
            console.MarkupLineInterpolated($"Executed notebooks: {executedFolder}");
        }

        var failures = lessons.Where(l => !l.Run.Succeeded).ToList();
        foreach (var lesson in failures)
        {
            var failure = lesson.Run.FirstFailure!;
            console.MarkupLineInterpolated(
                $"[red]FAILED[/] {lesson.Slug}, code cell {failure.CodeCellNumber} (id {failure.CellId}): {failure.Error?.Name}: {failure.Error?.Value}");
            foreach (var line in failure.Error?.Traceback.Skip(1).Take(6) ?? [])
            {
                console.WriteLine("    " + line);
            }
        }

        foreach (var (lesson, message) in unreadable)
        {
            console.MarkupLineInterpolated($"[red]NOT RUN[/] {lesson}: the notebook cannot be read: {message}");
        }

        var passed = lessons.Count - failures.Count;
        console.MarkupLineInterpolated(
            $"{passed} of {request.Notebooks.Count} lessons passed in {total.Elapsed.TotalSeconds:0.0} s. Site: {Path.Combine(siteFolder, "index.html")}");
        return failures.Count == 0 && unreadable.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Runs one lesson with its own display settings and check results (<see cref="SessionState.Isolate"/>), so lessons
    /// running at the same time cannot see each other's, and saves its executed notebook.
    /// </summary>
    private static async Task<LessonOutcome> RunLessonAsync(
        CourseRunRequest request,
        int index,
        NotebookRunOptions options,
        string plotlyInNotebooks,
        string executedFolder,
        ILessonReporter reporter,
        CancellationToken cancellationToken)
    {
        var path = request.Notebooks[index];
        var name = Path.GetFileNameWithoutExtension(path);
        var observer = reporter.Starting(index + 1, request.Notebooks.Count, name);
        SessionState.Isolate();
        NotebookRunResult result;
        try
        {
            result = await NotebookRunner.RunAsync(path, options, observer, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            reporter.Unreadable(name, e.Message);
            return new LessonOutcome(name, null, e.Message);
        }

        var (withScript, _) = ChartScriptInjector.InjectOnce(result.Executed, plotlyInNotebooks);
        withScript.Save(Path.Combine(executedFolder, Path.GetFileName(path)));
        reporter.Finished(name, result);
        return new LessonOutcome(name, new SiteLesson(name, result), null);
    }

    private static Table Summary(IReadOnlyList<SiteLesson> lessons, IReadOnlyList<(string Lesson, string Message)> unreadable)
    {
        var table = new Table().AddColumns("Lesson", "Code cells", "Result", "Time");
        foreach (var lesson in lessons)
        {
            var run = lesson.Run;
            var result = run.FirstFailure switch
            {
                null => "[green]passed[/]",
                { Status: CellStatus.TimedOut } f => $"[red]cell {f.CodeCellNumber} timed out[/], {run.NotRunCount} not run",
                var f => $"[red]cell {f.CodeCellNumber} failed[/], {run.NotRunCount} not run",
            };
            table.AddRow(
                Markup.Escape(lesson.Slug),
                run.Cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                result,
                $"{run.Elapsed.TotalSeconds:0.0} s");
        }

        foreach (var (lesson, _) in unreadable)
        {
            table.AddRow(Markup.Escape(lesson), "–", "[red]cannot be read[/]", "–");
        }

        return table;
    }

    /// <summary>A lesson that ran (<paramref name="Lesson"/>) or could not be read (<paramref name="Unreadable"/>, the reason).</summary>
    private sealed record LessonOutcome(string Name, SiteLesson? Lesson, string? Unreadable);
}
