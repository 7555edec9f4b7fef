using Course.Notebooks.Execution;
using Course.Notebooks.Running;
using Spectre.Console;

namespace Course.Cli.Running;

/// <summary>
/// Progress for a log or a pipe: one line when a lesson starts and one when it ends (a failing cell also
/// gets a line when it fails); with <c>--quiet</c>, nothing until the summary.
/// </summary>
internal sealed class LineProgress(IAnsiConsole console, bool quiet) : ILessonReporter
{
    public INotebookRunObserver Starting(int number, int count, string lesson)
    {
        if (!quiet)
        {
            console.WriteLine($"[{number}/{count}] {lesson} …");
        }

        return new CellFailures(quiet ? null : console, lesson);
    }

    public void Finished(string lesson, NotebookRunResult result)
    {
        if (!quiet)
        {
            var outcome = result.FirstFailure is { } f ? $"✗ code cell {f.CodeCellNumber} {(f.Status == CellStatus.TimedOut ? "timed out" : "failed")}" : "✓ passed";
            console.WriteLine($"      {lesson}: {outcome}, {result.Cells.Count} code cells, {result.Elapsed.TotalSeconds:0.0} s");
        }
    }

    public void Unreadable(string lesson, string message)
    {
        if (!quiet)
        {
            console.WriteLine($"      {lesson}: ✗ not run, the notebook cannot be read: {message}");
        }
    }

    private sealed class CellFailures(IAnsiConsole? console, string lesson) : INotebookRunObserver
    {
        public void CellStarting(int codeCellNumber, int codeCellCount)
        {
        }

        public void CellFinished(CellRun cell)
        {
            if (console is not null && cell.Status is { } status && status != CellStatus.Succeeded)
            {
                console.WriteLine($"      {lesson}: code cell {cell.CodeCellNumber} (id {cell.CellId}) {(status == CellStatus.TimedOut ? "timed out" : "failed")}: {cell.Error?.Name}: {cell.Error?.Value}");
            }
        }
    }
}
