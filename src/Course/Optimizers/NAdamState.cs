using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// The per-parameter state of <see cref="NAdam{T}"/> (PyTorch's <c>exp_avg</c>, <c>exp_avg_sq</c>,
/// <c>mu_product</c> and <c>step</c>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class NAdamState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal NAdamState(int length)
    {
        FirstMoment = new T[length];
        SecondMoment = new T[length];
        ExpAvg = Array.AsReadOnly(FirstMoment);
        ExpAvgSq = Array.AsReadOnly(SecondMoment);
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    /// <summary>
    /// The product of the momentum schedule so far, μ_1 μ_2 ⋯ μ_t (1 before the first step), rounded to the parameters'
    /// precision after every step, as PyTorch keeps <c>mu_product</c> in a tensor of its default dtype.
    /// </summary>
    public double MuProduct { get; internal set; } = 1;

    internal T[] FirstMoment { get; }

    internal T[] SecondMoment { get; }

    /// <summary>The first moment m, a running average of gradients; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvg { get; }

    /// <summary>The second moment v, a running average of squared gradients; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvgSq { get; }
}
