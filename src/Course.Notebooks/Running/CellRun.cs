using Course.Notebooks.Execution;

namespace Course.Notebooks.Running;

/// <summary>What happened to one code cell of a notebook run.</summary>
/// <param name="CellIndex">The cell's 0-based index among all the notebook's cells.</param>
/// <param name="CodeCellNumber">The cell's 1-based number among the code cells.</param>
/// <param name="CellId">The cell's nbformat id.</param>
/// <param name="Status">How it ended; <see langword="null"/> when it was not run because an earlier cell failed.</param>
/// <param name="Error">The error it reported, if any.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record CellRun(int CellIndex, int CodeCellNumber, string? CellId, CellStatus? Status, CellError? Error, TimeSpan Elapsed)
{
    /// <summary>Whether the cell was skipped because an earlier one failed.</summary>
    public bool NotRun => Status is null;

    /// <summary>How <see cref="Elapsed"/> divides into the engine's phases (zero for a cell that was not run).</summary>
    public CellTimings Timings { get; init; }
}
