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
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] SquareAverageBuffer { get; }

    internal T[] GradientAverageBuffer { get; }

    internal T[] VelocityBuffer { get; }

    /// <summary>The running average of squared gradients v, read-only.</summary>
    public ReadOnlySpan<T> SquareAverage => SquareAverageBuffer;

    /// <summary>The running average of gradients g̅ (centered only; empty otherwise), read-only.</summary>
    public ReadOnlySpan<T> GradientAverage => GradientAverageBuffer;

    /// <summary>The momentum buffer b (momentum &gt; 0 only; empty otherwise), read-only.</summary>
    public ReadOnlySpan<T> Velocity => VelocityBuffer;
}
