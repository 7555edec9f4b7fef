namespace Course.Notebooks.Scripting;

/// <summary>
/// The check the engine writes into every loop body and every method, local function and lambda body
/// of a cell before compiling it, so a runaway cell stops when its timeout passes or it is interrupted.
/// Roslyn scripts cannot be aborted from outside; this makes them stop themselves.
/// </summary>
/// <remarks>
/// Cell code does not call this itself; it is public only so compiled cells can reach it. Libraries
/// that do not know the engine see the same cancellation through the <see cref="AsyncLocal{T}"/> of
/// <see cref="CancellationToken"/> published as <see cref="AppContext"/> data under
/// <see cref="AmbientKey"/> (the Course library reads it as <c>Course.CellCancellation</c>).
/// </remarks>
public static class CancellationPoint
{
    /// <summary>The <see cref="AppContext"/> data name of the ambient cell token.</summary>
    public const string AmbientKey = "Course.CellCancellation";

    private static readonly Lock Gate = new();
    private static readonly AsyncLocal<CancellationToken> Ambient = new();
    private static volatile CancellationTokenSource?[] sources = new CancellationTokenSource?[16];
    private static int nextSlot;

    static CancellationPoint() => AppContext.SetData(AmbientKey, Ambient);

    /// <summary>Throws <see cref="OperationCanceledException"/> if the session in <paramref name="slot"/> was asked to stop.</summary>
    /// <param name="slot">The session's slot, written into the cell by the engine.</param>
    public static void Check(int slot)
    {
        var all = sources;
        if ((uint)slot < (uint)all.Length && all[slot] is { IsCancellationRequested: true })
        {
            throw new OperationCanceledException("The cell was stopped.");
        }
    }

    /// <summary>Checks, then returns <paramref name="value"/>: the engine wraps a query's <c>select</c> and <c>where</c> expressions in it.</summary>
    /// <typeparam name="T">The expression's type.</typeparam>
    /// <param name="slot">The session's slot, written into the cell by the engine.</param>
    /// <param name="value">The expression's value.</param>
    public static T Pass<T>(int slot, T value)
    {
        Check(slot);
        return value;
    }

    /// <summary>Reserves a slot for a new session.</summary>
    internal static int Reserve()
    {
        lock (Gate)
        {
            var slot = nextSlot++;
            if (slot >= sources.Length)
            {
                var grown = new CancellationTokenSource?[sources.Length * 2];
                Array.Copy(sources, grown, sources.Length);
                sources = grown;
            }

            return slot;
        }
    }

    /// <summary>Points a session's slot at the cancellation source of the cell it is running, or clears it.</summary>
    internal static void Set(int slot, CancellationTokenSource? source)
    {
        lock (Gate)
        {
            sources[slot] = source;
        }
    }

    /// <summary>Makes <paramref name="token"/> the ambient cell token of the calling flow and what it starts.</summary>
    internal static void EnterCell(CancellationToken token) => Ambient.Value = token;
}
