using System.Numerics;

namespace Course.Optimizers;

/// <summary>The per-parameter state of <see cref="Sgd{T}"/>: the momentum buffer (PyTorch's <c>momentum_buffer</c>).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class MomentumState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal MomentumState(int length, bool hasMomentum) => Buffer = hasMomentum ? new T[length] : [];

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] Buffer { get; }

    /// <summary>The velocity b, read-only; empty when momentum is off.</summary>
    public ReadOnlySpan<T> Velocity => Buffer;
}
