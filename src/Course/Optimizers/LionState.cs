using System.Numerics;

namespace Course.Optimizers;

/// <summary>The per-parameter state of <see cref="Lion{T}"/>: the momentum m (called <c>exp_avg</c> in the authors' code).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class LionState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal LionState(int length)
    {
        FirstMoment = new T[length];
        ExpAvg = Array.AsReadOnly(FirstMoment);
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] FirstMoment { get; }

    /// <summary>The momentum m, a running average of gradients with rate β₂; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvg { get; }
}
