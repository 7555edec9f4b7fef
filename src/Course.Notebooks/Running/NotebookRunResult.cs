using Course.Notebooks.Execution;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Running;

/// <summary>The outcome of running a notebook top to bottom.</summary>
/// <param name="Executed">A copy of the notebook with every run cell's outputs and execution count.</param>
/// <param name="Cells">One entry per code cell, in order.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
public sealed record NotebookRunResult(Notebook Executed, IReadOnlyList<CellRun> Cells, TimeSpan Elapsed)
{
    /// <summary>Whether every code cell ran and succeeded.</summary>
    public bool Succeeded => Cells.All(c => c.Status == CellStatus.Succeeded);

    /// <summary>The cell that stopped the run, if one did.</summary>
    public CellRun? FirstFailure => Cells.FirstOrDefault(c => c.Status is { } status && status != CellStatus.Succeeded);

    /// <summary>How many code cells were not run because an earlier one failed.</summary>
    public int NotRunCount => Cells.Count(c => c.NotRun);

    /// <summary>The engine's phases summed over the cells.</summary>
    public CellTimings Timings => CellTimings.Sum(Cells.Select(c => c.Timings));
}
