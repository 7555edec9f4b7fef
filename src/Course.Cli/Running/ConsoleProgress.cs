using System.Diagnostics;
using Course.Notebooks.Execution;
using Course.Notebooks.Running;
using Spectre.Console;

namespace Course.Cli.Running;

/// <summary>Prints one line per code cell: lesson i of n, cell j of m, its result and the time so far.</summary>
internal sealed class ConsoleProgress(IAnsiConsole console, int lessonNumber, int lessonCount, string lesson) : INotebookRunObserver
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private int cellCount;

    public void CellStarting(int codeCellNumber, int codeCellCount) => cellCount = codeCellCount;

    public void CellFinished(CellRun cell)
    {
        var result = cell.Status switch
        {
            null => "[grey]not run[/]",
            CellStatus.Succeeded => "[green]ok[/]",
            CellStatus.TimedOut => "[red]timed out[/]",
            _ => $"[red]{Markup.Escape(cell.Error?.Name ?? "failed")}[/]",
        };
        console.MarkupLine(
            $"  lesson {lessonNumber} of {lessonCount} [grey]{Markup.Escape(lesson)}[/] · cell {cell.CodeCellNumber} of {Math.Max(cellCount, cell.CodeCellNumber)} · {result} · {cell.Elapsed.TotalSeconds:0.0} s · {elapsed.Elapsed.TotalSeconds:0.0} s elapsed");
    }
}
