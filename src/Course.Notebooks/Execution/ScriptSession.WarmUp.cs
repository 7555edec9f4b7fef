namespace Course.Notebooks.Execution;

/// <content>Warming the session up before its first cell, where the first compile is slow (the browser).</content>
public sealed partial class ScriptSession
{
    /// <summary>
    /// Runs <paramref name="code"/> as a cell would run after the cells so far (the session's first script state is
    /// started if no cell has), then throws all of it away: the state stays as it was, the execution count does not
    /// move, outputs go nowhere. Where code runs on an interpreter (.NET on WebAssembly), the first compile and the
    /// first chart pay for loading the compiler's and the chart library's code; a host calls this while the learner
    /// reads, so the first cell does not.
    /// </summary>
    /// <param name="code">Code like a lesson's cells; empty starts the state only.</param>
    /// <param name="cancellationToken">Stops waiting for a cell that is running, and stops the warm-up code.</param>
    /// <returns>The error the code ended with, or <see langword="null"/> when it ran.</returns>
    public async Task<CellError?> WarmUpAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(disposed, this);
        await queue.WaitAsync(cancellationToken);
        try
        {
            state ??= await BrowserScripting.Start(scriptOptions, references.Loader, Options.ReferenceImages is not null)
                .RunAsync(globals, cancellationToken);
            if (code.Length == 0)
            {
                return null;
            }

            var kept = state;
            var cell = new CellContext(this, Discard.Instance, 0);
            current = cell;
            try
            {
                var (_, error) = await RunOrReportInterruptAsync(code, cell, cancellationToken);
                return error;
            }
            finally
            {
                cell.Close();
                current = null;
                state = kept;
                timings = default;
            }
        }
        finally
        {
            queue.Release();
        }
    }

    /// <summary>Where a warm-up's outputs go: nowhere.</summary>
    private sealed class Discard : IOutputSink
    {
        public static readonly Discard Instance = new();

        public void WriteStream(OutputStream stream, string text)
        {
        }

        public void WriteDisplay(FormattedValue value, string displayId)
        {
        }

        public void UpdateDisplay(FormattedValue value, string displayId)
        {
        }

        public void WriteResult(FormattedValue value, int executionCount)
        {
        }

        public void WriteError(CellError error)
        {
        }
    }
}
