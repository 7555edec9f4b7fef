using System.Numerics;
using System.Runtime.InteropServices;
using Course.Optimizers;

namespace Course.Benchmarks;

/// <summary>
/// In-place streaming kernels: one pass over θ, g and 0–3 state buffers with the least arithmetic that still
/// reads every buffer and writes θ and every state buffer once — the memory-bandwidth floor of an optimizer step
/// that touches the same buffers. Like the steps, each kernel prefetches every stream ahead of itself
/// (<see cref="Prefetch"/>), so the floor is the fastest loop with the step's traffic, not a slower one.
/// </summary>
public static class StreamingKernels
{
    /// <summary>
    /// Streams θ, g and the <paramref name="states"/> buffers (0 to 3): (2 + s) reads and (1 + s) writes,
    /// the traffic of an optimizer step with s state buffers.
    /// </summary>
    /// <param name="value">θ, updated in place.</param>
    /// <param name="gradient">g, read only.</param>
    /// <param name="states">The state buffers (0 to 3), each updated in place.</param>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    public static void Stream<T>(T[] value, T[] gradient, T[][] states)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (states.Length)
        {
            case 0:
                Stream2R1W(value, gradient);
                break;
            case 1:
                Stream3R2W(value, states[0], gradient);
                break;
            case 2:
                Stream4R3W(value, states[0], states[1], gradient);
                break;
            case 3:
                Stream5R4W(value, states[0], states[1], states[2], gradient);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(states), states.Length, "A step streams 0 to 3 state buffers.");
        }
    }

    /// <summary>STREAM triad a = b + s·c: two reads and one write to a third buffer.</summary>
    public static void Triad<T>(T[] a, T[] b, T[] c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var av = MemoryMarshal.Cast<T, Vector<T>>(a.AsSpan());
        var bv = MemoryMarshal.Cast<T, Vector<T>>(b.AsSpan());
        var cv = MemoryMarshal.Cast<T, Vector<T>>(c.AsSpan());
        var s = new Vector<T>(T.CreateChecked(1e-3));
        for (var i = 0; i < av.Length; i++)
        {
            av[i] = bv[i] + (s * cv[i]);
        }
    }

    /// <summary>θ ← θ − s g: the traffic of plain SGD (2R+1W).</summary>
    public static void Stream2R1W<T>(T[] value, T[] gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(value.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        for (var i = 0; i < x0.Length; i++)
        {
            Prefetch.Ahead<T>(i, x0, g);
            x0[i] += s * g[i];
        }
    }

    private static void Stream3R2W<T>(T[] value, T[] state1, T[] gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(state1.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            Prefetch.Ahead<T>(i, x0, x1, g);
            var b = (x1[i] * d) + g[i];
            x1[i] = b;
            x0[i] += s * b;
        }
    }

    private static void Stream4R3W<T>(T[] value, T[] state1, T[] state2, T[] gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(state1.AsSpan());
        var x2 = MemoryMarshal.Cast<T, Vector<T>>(state2.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            Prefetch.Ahead<T>(i, x0, x1, x2, g);
            var m = (x1[i] * d) + g[i];
            var v = (x2[i] * d) + (g[i] * g[i]);
            x1[i] = m;
            x2[i] = v;
            x0[i] += s * m * v;
        }
    }

    private static void Stream5R4W<T>(T[] value, T[] state1, T[] state2, T[] state3, T[] gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(state1.AsSpan());
        var x2 = MemoryMarshal.Cast<T, Vector<T>>(state2.AsSpan());
        var x3 = MemoryMarshal.Cast<T, Vector<T>>(state3.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            Prefetch.Ahead<T>(i, x0, x1, x2, x3, g);
            var m = (x1[i] * d) + g[i];
            var v = (x2[i] * d) + (g[i] * g[i]);
            var u = (x3[i] * d) + (m * v);
            x1[i] = m;
            x2[i] = v;
            x3[i] = u;
            x0[i] += s * u;
        }
    }
}
