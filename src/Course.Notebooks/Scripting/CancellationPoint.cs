namespace Course.Notebooks.Scripting;

/// <summary>
/// The check the engine writes into every loop body and every method, local function and lambda body
/// of a cell before compiling it, so a runaway cell stops when its timeout passes or it is interrupted.
/// Roslyn scripts cannot be aborted from outside; this makes them stop themselves.
/// </summary>
/// <remarks>
/// Cell code does not call this itself; it is public only so compiled cells can reach it. The token it
/// checks is the running cell's, kept in an <see cref="AsyncLocal{T}"/>: it flows into every task, parallel
/// loop and thread the cell starts, stays with a cell the engine abandoned (so a check it reaches later still
/// stops it), and never names a session, so the compiled code of a cell is the same in every session (which
/// is what lets <c>course run</c> reuse it). Libraries that do not know the engine see the same token through
/// <see cref="AppContext"/> data under <see cref="AmbientKey"/> (the Course library reads it as <c>Course.CellCancellation</c>).
/// </remarks>
public static class CancellationPoint
{
    /// <summary>The <see cref="AppContext"/> data name of the ambient cell token.</summary>
    public const string AmbientKey = "Course.CellCancellation";

    private static readonly AsyncLocal<CancellationToken> Ambient = new();

    static CancellationPoint() => AppContext.SetData(AmbientKey, Ambient);

    /// <summary>Throws <see cref="OperationCanceledException"/> if the cell running on this flow was asked to stop.</summary>
    public static void Check()
    {
        if (Ambient.Value.IsCancellationRequested)
        {
            throw new OperationCanceledException("The cell was stopped.");
        }
    }

    /// <summary>Checks, then returns <paramref name="value"/>: the engine wraps a query's <c>select</c> and <c>where</c> expressions in it.</summary>
    /// <typeparam name="T">The expression's type.</typeparam>
    /// <param name="value">The expression's value.</param>
    public static T Pass<T>(T value)
    {
        Check();
        return value;
    }

    /// <summary>Makes <paramref name="token"/> the ambient cell token of the calling flow and what it starts.</summary>
    internal static void EnterCell(CancellationToken token) => Ambient.Value = token;
}
