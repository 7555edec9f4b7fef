using System.Numerics;

namespace Course.Optimizers;

/// <summary>The per-parameter state of <see cref="Adagrad{T}"/> (PyTorch's <c>state["sum"]</c> and <c>state["step"]</c>).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class AdagradState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal AdagradState(int length, T initialAccumulatorValue)
    {
        Sum = new T[length];
        Array.Fill(Sum, initialAccumulatorValue);
        SumOfSquares = Array.AsReadOnly(Sum);
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] Sum { get; }

    /// <summary>The running sum of squared gradients s = s₀ + Σ g²; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> SumOfSquares { get; }
}
