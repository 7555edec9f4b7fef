using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// The per-parameter state of <see cref="Adam{T}"/>, <see cref="AdamW{T}"/> and <see cref="RAdam{T}"/> (PyTorch's <c>exp_avg</c>,
/// <c>exp_avg_sq</c>, <c>max_exp_avg_sq</c> and <c>step</c>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class AdamState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal AdamState(int length, bool amsgrad)
    {
        FirstMoment = new T[length];
        SecondMoment = new T[length];
        MaxSecondMoment = amsgrad ? new T[length] : [];
        ExpAvg = Array.AsReadOnly(FirstMoment);
        ExpAvgSq = Array.AsReadOnly(SecondMoment);
        MaxExpAvgSq = Array.AsReadOnly(MaxSecondMoment);
    }

    /// <summary>Steps taken for this parameter (t in the bias corrections 1 − βᵗ).</summary>
    public long Step { get; internal set; }

    internal T[] FirstMoment { get; }

    internal T[] SecondMoment { get; }

    internal T[] MaxSecondMoment { get; }

    /// <summary>The first moment m, a running average of gradients (before bias correction); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvg { get; }

    /// <summary>The second moment v, a running average of squared gradients (before bias correction); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> ExpAvgSq { get; }

    /// <summary>The largest second moment seen so far, v̂ᵐᵃˣ (AMSGrad only; empty otherwise); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> MaxExpAvgSq { get; }
}
