using System.Numerics;
using System.Runtime.InteropServices;

namespace Course.Training;

/// <summary>
/// The three matrix products of a dense layer, on plain arrays, vectorized with <see cref="Vector{T}"/>.
/// A batch (x, z and their gradients) is stored column-major, as MathNet stores a matrix: element (b, j) of a
/// batch × n matrix is at <c>b + batch·j</c>, so each column (one feature across the batch) is contiguous.
/// A weight W is stored row-major, outputs × inputs, as PyTorch stores it: W[o, i] is at <c>o·inputs + i</c>.
/// </summary>
/// <remarks>
/// Each method's documentation gives the plain loop it computes. They exist because MathNet's managed provider
/// multiplies float matrices of these sizes (32×64 by 64×64) about a hundred times slower than a vectorized
/// loop; bench/README.md ("MLP epoch") has the measurements.
/// </remarks>
internal static class MatrixProducts
{
    /// <summary>
    /// z = x Wᵀ + b:  for every b, o:  z[b, o] = bias[o] + Σᵢ x[b, i] · W[o, i].
    /// </summary>
    public static void AffineForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> weight, ReadOnlySpan<T> bias, Span<T> z, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(x.Length, batch * inputs, weight.Length, outputs * inputs, z.Length, batch * outputs);
        ref var x0 = ref MemoryMarshal.GetReference(x);
        var width = Vector<T>.Count;
        var fullRows = batch - (batch % width);
        for (var o = 0; o < outputs; o++)
        {
            var w = weight.Slice(o * inputs, inputs);
            var column = z.Slice(o * batch, batch);

            // a vector of examples at a time: accumulate Σᵢ W[o, i] · x[b.., i] in a register
            for (var b = 0; b < fullRows; b += width)
            {
                var sum = new Vector<T>(bias[o]);
                for (var i = 0; i < inputs; i++)
                {
                    sum += Vector.LoadUnsafe(ref x0, (nuint)(b + (batch * i))) * w[i];
                }

                sum.CopyTo(column[b..]);
            }

            for (var b = fullRows; b < batch; b++)
            {
                var sum = bias[o];
                for (var i = 0; i < inputs; i++)
                {
                    sum += x[b + (batch * i)] * w[i];
                }

                column[b] = sum;
            }
        }
    }

    /// <summary>
    /// dx = dz W:  for every b, i:  dx[b, i] = Σₒ dz[b, o] · W[o, i].
    /// </summary>
    public static void InputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> weight, Span<T> dx, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(dz.Length, batch * outputs, weight.Length, outputs * inputs, dx.Length, batch * inputs);
        ref var dz0 = ref MemoryMarshal.GetReference(dz);
        var width = Vector<T>.Count;
        var fullRows = batch - (batch % width);
        for (var i = 0; i < inputs; i++)
        {
            var column = dx.Slice(i * batch, batch);
            for (var b = 0; b < fullRows; b += width)
            {
                var sum = Vector<T>.Zero;
                for (var o = 0; o < outputs; o++)
                {
                    sum += Vector.LoadUnsafe(ref dz0, (nuint)(b + (batch * o))) * weight[(o * inputs) + i];
                }

                sum.CopyTo(column[b..]);
            }

            for (var b = fullRows; b < batch; b++)
            {
                var sum = T.Zero;
                for (var o = 0; o < outputs; o++)
                {
                    sum += dz[b + (batch * o)] * weight[(o * inputs) + i];
                }

                column[b] = sum;
            }
        }
    }

    /// <summary>
    /// dW = dzᵀ x and db = Σ_b dz:  for every o, i:  dW[o, i] = Σ_b dz[b, o] · x[b, i];  db[o] = Σ_b dz[b, o].
    /// </summary>
    public static void ParameterGradients<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dz, Span<T> weightGradient, Span<T> biasGradient, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(x.Length, batch * inputs, dz.Length, batch * outputs, weightGradient.Length, outputs * inputs);
        for (var o = 0; o < outputs; o++)
        {
            var dzColumn = dz.Slice(o * batch, batch);
            biasGradient[o] = Sum(dzColumn);
            for (var i = 0; i < inputs; i++)
            {
                weightGradient[(o * inputs) + i] = Dot(dzColumn, x.Slice(i * batch, batch));
            }
        }
    }

    private static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var va = MemoryMarshal.Cast<T, Vector<T>>(a);
        var vb = MemoryMarshal.Cast<T, Vector<T>>(b);
        var sum = Vector<T>.Zero;
        for (var k = 0; k < va.Length; k++)
        {
            sum += va[k] * vb[k];
        }

        var total = Vector.Sum(sum);
        for (var k = va.Length * Vector<T>.Count; k < a.Length; k++)
        {
            total += a[k] * b[k];
        }

        return total;
    }

    private static T Sum<T>(ReadOnlySpan<T> a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var va = MemoryMarshal.Cast<T, Vector<T>>(a);
        var sum = Vector<T>.Zero;
        foreach (var v in va)
        {
            sum += v;
        }

        var total = Vector.Sum(sum);
        for (var k = va.Length * Vector<T>.Count; k < a.Length; k++)
        {
            total += a[k];
        }

        return total;
    }

    private static void RequireLengths(int first, int firstExpected, int second, int secondExpected, int third, int thirdExpected)
    {
        if (first != firstExpected || second != secondExpected || third != thirdExpected)
        {
            throw new ArgumentException(
                $"Buffer lengths {first}, {second}, {third} do not match the shapes (expected {firstExpected}, {secondExpected}, {thirdExpected}).");
        }
    }
}
