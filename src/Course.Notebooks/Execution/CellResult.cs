namespace Course.Notebooks.Execution;

/// <summary>The outcome of one <see cref="ScriptSession.ExecuteAsync"/> call.</summary>
/// <param name="Status">How the cell ended.</param>
/// <param name="ExecutionCount">The session's execution counter for this cell (1 for the first cell).</param>
/// <param name="Error">The error written to the sink, if the cell did not succeed.</param>
/// <param name="Elapsed">Wall-clock time the cell took, directives and compilation included.</param>
public sealed record CellResult(CellStatus Status, int ExecutionCount, CellError? Error, TimeSpan Elapsed)
{
    /// <summary>Whether the cell ran to its end.</summary>
    public bool Succeeded => Status == CellStatus.Succeeded;

    /// <summary>How <see cref="Elapsed"/> divides into the engine's phases.</summary>
    public CellTimings Timings { get; init; }
}
