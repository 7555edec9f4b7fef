namespace Course.Kernel.Execution;

/// <summary>What the kernel needs from one notebook-engine session: run cells on shared state, complete code.</summary>
public interface ICellSession : IDisposable
{
    /// <summary>
    /// Runs one cell on the session's state, reporting outputs as they happen; returns whether it
    /// succeeded. Cancelling <paramref name="cancellation"/> interrupts the cell and keeps the state
    /// from before it.
    /// </summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="outputs">Where streams, displays, the result and the error go.</param>
    /// <param name="cancellation">Signalled by an interrupt request.</param>
    Task<bool> ExecuteAsync(string code, ICellOutputs outputs, CancellationToken cancellation);

    /// <summary>Completions at <paramref name="position"/> (a UTF-16 index) in <paramref name="code"/>.</summary>
    /// <param name="code">The cell being edited.</param>
    /// <param name="position">Cursor position, a UTF-16 index into <paramref name="code"/>.</param>
    CellCompletions Complete(string code, int position);

    /// <summary>Whether <paramref name="code"/> is a complete cell, or needs more lines.</summary>
    /// <param name="code">The code typed so far.</param>
    CellCompleteness IsComplete(string code);
}
