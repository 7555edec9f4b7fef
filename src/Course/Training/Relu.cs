using System.Numerics;
using System.Runtime.InteropServices;

namespace Course.Training;

/// <summary>The ReLU activation and its backward pass over a whole buffer, a vector at a time.</summary>
internal static class Relu
{
    /// <summary>
    /// h = max(z, 0):  for every k:  h[k] = T.Max(z[k], 0).
    /// <see cref="Vector.Max{T}(Vector{T}, Vector{T})"/> is <c>T.Max</c> lane by lane (NaN stays NaN, −0 becomes +0).
    /// </summary>
    public static void Forward<T>(ReadOnlySpan<T> z, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var zv = MemoryMarshal.Cast<T, Vector<T>>(z);
        var hv = MemoryMarshal.Cast<T, Vector<T>>(h[..z.Length]);
        for (var k = 0; k < zv.Length; k++)
        {
            hv[k] = Vector.Max(zv[k], Vector<T>.Zero);
        }

        for (var k = zv.Length * Vector<T>.Count; k < z.Length; k++)
        {
            h[k] = T.Max(z[k], T.Zero);
        }
    }

    /// <summary>
    /// dz = dh ⊙ [z &gt; 0]:  for every k:  dz[k] = z[k] &gt; 0 ? dh[k] : 0.
    /// </summary>
    public static void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> dh, Span<T> dz)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var zv = MemoryMarshal.Cast<T, Vector<T>>(z);
        var dhv = MemoryMarshal.Cast<T, Vector<T>>(dh[..z.Length]);
        var dzv = MemoryMarshal.Cast<T, Vector<T>>(dz[..z.Length]);
        for (var k = 0; k < zv.Length; k++)
        {
            dzv[k] = Vector.ConditionalSelect(Vector.GreaterThan(zv[k], Vector<T>.Zero), dhv[k], Vector<T>.Zero);
        }

        for (var k = zv.Length * Vector<T>.Count; k < z.Length; k++)
        {
            dz[k] = z[k] > T.Zero ? dh[k] : T.Zero;
        }
    }
}
