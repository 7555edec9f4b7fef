using Course.Notebooks.Execution;
using Course.Notebooks.Running;
using Spectre.Console;

namespace Course.Cli.Running;

/// <summary>
/// Progress on a terminal: a Spectre.Console live display with one row per lesson — its name, the cell
/// running, a bar over its code cells and the time it has taken — updated from the runner's events.
/// </summary>
internal sealed class LiveProgress(ProgressContext context) : ILessonReporter
{
    private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="body"/> inside the live display.</summary>
    public static Task RunAsync(IAnsiConsole console, Func<ILessonReporter, Task> body) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(context => body(new LiveProgress(context)));

    public INotebookRunObserver Starting(int number, int count, string lesson)
    {
        var task = context.AddTask(Label(number, count, lesson, "starting"), autoStart: true, maxValue: 1);
        lock (tasks)
        {
            tasks[lesson] = task;
        }

        return new Cells(task, Label(number, count, lesson, string.Empty));
    }

    public void Finished(string lesson, NotebookRunResult result)
    {
        var task = Task(lesson);
        var outcome = result.FirstFailure is { } f
            ? $"[red]✗ code cell {f.CodeCellNumber} {(f.Status == CellStatus.TimedOut ? "timed out" : "failed")}[/]"
            : $"[green]✓ {result.Cells.Count} code cells[/]";
        task.Description = $"{Markup.Escape(lesson)} {outcome}";
        task.Value = task.MaxValue;
        task.StopTask();
    }

    public void Unreadable(string lesson, string message)
    {
        var task = Task(lesson);
        task.Description = $"{Markup.Escape(lesson)} [red]✗ cannot be read[/]";
        task.StopTask();
    }

    private static string Label(int number, int count, string lesson, string state) =>
        $"[grey]{number}/{count}[/] {Markup.Escape(lesson)} {state}";

    private ProgressTask Task(string lesson)
    {
        lock (tasks)
        {
            return tasks[lesson];
        }
    }

    private sealed class Cells(ProgressTask task, string label) : INotebookRunObserver
    {
        public void CellStarting(int codeCellNumber, int codeCellCount)
        {
            task.MaxValue = Math.Max(codeCellCount, 1);
            task.Description = $"{label}[grey]· cell {codeCellNumber} of {codeCellCount}[/]";
        }

        public void CellFinished(CellRun cell) => task.Increment(1);
    }
}
