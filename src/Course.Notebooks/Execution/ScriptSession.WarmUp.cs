using Course.Notebooks.Scripting;

namespace Course.Notebooks.Execution;

/// <content>Warming the session up before its first cell, where the first compile is slow (the browser).</content>
public sealed partial class ScriptSession
{
    /// <summary>
    /// Compiles <paramref name="code"/> as the next cell, runs it and formats its value, then throws all of it away:
    /// the chain does not move on, the execution count does not move, outputs go nowhere. Where code runs on an
    /// interpreter (.NET on WebAssembly), the first compile (the compiler reads every reference) and the first chart
    /// pay for loading the compiler's and the chart library's code; a host calls this while the learner reads, so
    /// the first cell does not.
    /// </summary>
    /// <param name="code">Code like a lesson's cells; empty compiles an empty cell (the compiler reads the references).</param>
    /// <param name="cancellationToken">Stops waiting for a cell that is running, and stops the warm-up code.</param>
    /// <returns>The error the code ended with, or <see langword="null"/> when it ran.</returns>
    public async Task<CellError?> WarmUpAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(disposed, this);
        await queue.WaitAsync(cancellationToken);
        var cell = new CellContext(this, Discard.Instance, 0);
        current = cell;
        try
        {
            var (submission, errors) = await Task.Run(() => CompileGuarded(chain.KeyFor(code), code, cancellationToken), cancellationToken);
            if (submission is null)
            {
                return ErrorReports.Compilation(errors);
            }

            var (value, exception) = await Task.Run(
                async () =>
                {
                    RunningCell.Value = cell;
                    CancellationPoint.EnterCell(cancellationToken);
                    try
                    {
                        return (Value: await chain.RunAsync(submission), Exception: (Exception?)null);
                    }
                    catch (Exception e)
                    {
                        return (Value: null, Exception: e);
                    }
                },
                CancellationToken.None);
            if (exception is not null)
            {
                return ErrorReports.Exception(exception);
            }

            if (submission.Cell.HasReturnValue)
            {
                _ = ValueFormatter.Format(value);
            }

            return null;
        }
        finally
        {
            cell.Close();
            current = null;
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
