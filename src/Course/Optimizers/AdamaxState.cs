using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// The per-parameter state of <see cref="Adamax{T}"/> (PyTorch's <c>exp_avg</c>, <c>exp_inf</c> and <c>step</c>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class AdamaxState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal AdamaxState(int length)
    {
        FirstMoment = new T[length];
        InfinityNorm = new T[length];
        ExpAvg = Array.AsReadOnly(FirstMoment);
        ExpInf = Array.AsReadOnly(InfinityNorm);
    }

    /// <summary>Steps taken for this parameter (t in the bias correction 1 − β₁ᵗ).</summary>
    public long Step { get; internal set; }

    internal T[] FirstMoment { get; }

    internal T[] InfinityNorm { get; }

    /// <summary>The first moment m, a running average of gradients (before bias correction); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvg { get; }

    /// <summary>The infinity norm u, a decaying maximum of |g|; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpInf { get; }
}
