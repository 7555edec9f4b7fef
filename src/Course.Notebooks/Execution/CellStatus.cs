namespace Course.Notebooks.Execution;

/// <summary>How a cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>The cell compiled and ran to its end.</summary>
    Succeeded,

    /// <summary>A directive, compile error or exception stopped the cell; an error output was written.</summary>
    Failed,

    /// <summary>The cell ran past the session's timeout and was stopped.</summary>
    TimedOut,

    /// <summary>The caller's cancellation token (for example a kernel interrupt) stopped the cell.</summary>
    Interrupted,
}
