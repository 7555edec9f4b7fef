using System.Numerics;

namespace Course.Optimizers;

/// <summary>The per-parameter state of <see cref="Sgd{T}"/>: the momentum buffer (PyTorch's <c>momentum_buffer</c>).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class MomentumState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal MomentumState(int length, bool hasMomentum)
    {
        Buffer = hasMomentum ? new T[length] : [];
        Velocity = Array.AsReadOnly(Buffer);
    }

    /// <summary>Steps taken for this parameter.</summary>
    public long Step { get; internal set; }

    internal T[] Buffer { get; }

    /// <summary>The velocity b (empty when momentum is off); a live read-only view (copy it with <c>ToArray()</c> to keep a snapshot).</summary>
    public IReadOnlyList<T> Velocity { get; }
}
