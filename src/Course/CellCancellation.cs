namespace Course;

/// <summary>
/// The cancellation of the notebook cell the calling code runs in, so the library's long loops
/// (<see cref="Surfaces.Trajectory.Run"/>, <see cref="Training.Trainer"/>, the studies'
/// <see cref="Training.Studies.LearningRateSweep"/> and <see cref="Training.Studies.Repeat"/>) stop when a learner interrupts
/// the cell. The library does not know the notebook engine: a host publishes, under
/// <see cref="AppContextKey"/>, an <see cref="AsyncLocal{T}"/> of <see cref="CancellationToken"/> that it
/// sets on each cell's flow. Outside such a host the token is <see cref="CancellationToken.None"/>.
/// </summary>
public static class CellCancellation
{
    /// <summary>The <see cref="AppContext"/> data name under which a host publishes its <c>AsyncLocal&lt;CancellationToken&gt;</c>.</summary>
    public const string AppContextKey = "Course.CellCancellation";

    private static AsyncLocal<CancellationToken>? ambient;

    /// <summary>The token of the cell running on this flow, or <see cref="CancellationToken.None"/>.</summary>
    public static CancellationToken Token => Ambient()?.Value ?? CancellationToken.None;

    /// <summary>
    /// The token a loop that takes an optional <see cref="CancellationToken"/> should honour:
    /// <paramref name="given"/> when the caller passed one, else the cell's.
    /// </summary>
    /// <param name="given">The token the caller passed, possibly <see langword="default"/>.</param>
    public static CancellationToken Or(CancellationToken given) => given.CanBeCanceled ? given : Token;

    /// <summary>Throws <see cref="OperationCanceledException"/> if the cell running on this flow was asked to stop.</summary>
    public static void ThrowIfRequested() => Token.ThrowIfCancellationRequested();

    private static AsyncLocal<CancellationToken>? Ambient() =>
        ambient ??= AppContext.GetData(AppContextKey) as AsyncLocal<CancellationToken>;
}
