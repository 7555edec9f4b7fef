using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// The per-parameter state of <see cref="RmsProp{T}"/> (PyTorch's <c>square_avg</c>, <c>grad_avg</c>,
/// <c>momentum_buffer</c> and <c>step</c>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class RmsPropState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal RmsPropState(int length, bool centered, bool hasMomentum)
    {
        SquareAverageBuffer = new T[length];
        GradientAverageBuffer = centered ? new T[length] : [];
        VelocityBuffer = hasMomentum ? new T[length] : [];
        SquareAverage = Array.AsReadOnly(SquareAverageBuffer);
        GradientAverage = Array.AsReadOnly(GradientAverageBuffer);
        Velocity = Array.AsReadOnly(VelocityBuffer);
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] SquareAverageBuffer { get; }

    internal T[] GradientAverageBuffer { get; }

    internal T[] VelocityBuffer { get; }

    /// <summary>The running average of squared gradients v; a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> SquareAverage { get; }

    /// <summary>The running average of gradients g̅ (centered only; empty otherwise); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> GradientAverage { get; }

    /// <summary>The momentum buffer b (momentum &gt; 0 only; empty otherwise); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> Velocity { get; }
}
