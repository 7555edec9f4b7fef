using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Course.Training;

/// <summary>
/// The three matrix products of a dense layer, on plain arrays, vectorized with <see cref="Vector{T}"/>.
/// A batch (x, z and their gradients) is stored column-major, as MathNet stores a matrix: element (b, j) of a
/// batch × n matrix is at <c>b + batch·j</c>, so each column (one feature across the batch) is contiguous.
/// A weight W is stored row-major, outputs × inputs, as PyTorch stores it: W[o, i] is at <c>o·inputs + i</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each method's documentation gives the plain loop it computes. They exist because MathNet's managed provider
/// multiplies float matrices of these sizes (32×64 by 64×64) about a hundred times slower than a vectorized
/// loop; bench/README.md ("MLP epoch") has the measurements.
/// </para>
/// <para>
/// Register blocking: each loop computes a tile of <see cref="Tile"/> independent outputs at once, one vector
/// accumulator per output, so the processor overlaps the tile's additions instead of waiting for each to finish
/// before the next (an accumulator that is its own only dependency runs at the adder's latency, four cycles per
/// vector, not at its throughput). The tile shares each loaded vector of x or dz between its outputs. Every
/// output element still sums its terms in the same order with the same roundings (a product, then an addition),
/// so the results are bit for bit those of the one-output-at-a-time loop.
/// </para>
/// </remarks>
internal static class MatrixProducts
{
    /// <summary>Outputs computed side by side, each in its own vector register.</summary>
    private const int Tile = 4;

    /// <summary>
    /// z = x Wᵀ + b:  for every b, o:  z[b, o] = bias[o] + Σᵢ x[b, i] · W[o, i]   (i in increasing order).
    /// </summary>
    public static void AffineForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> weight, ReadOnlySpan<T> bias, Span<T> z, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(x.Length, batch * inputs, weight.Length, outputs * inputs, z.Length, batch * outputs);
        if (bias.Length != outputs)
        {
            throw new ArgumentException($"Bias length {bias.Length} does not match the {outputs} outputs.", nameof(bias));
        }

        // z[b, o] = Σₖ a[b, k] · c[k, o] with a = x (stride batch per k) and c[k, o] = W[o, k] (stride inputs per o)
        Accumulate(x, weight, bias, z, batch, inputs, outputs, termStride: 1, outputStride: inputs);
    }

    /// <summary>
    /// dx = dz W:  for every b, i:  dx[b, i] = Σₒ dz[b, o] · W[o, i]   (o in increasing order).
    /// </summary>
    public static void InputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> weight, Span<T> dx, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(dz.Length, batch * outputs, weight.Length, outputs * inputs, dx.Length, batch * inputs);

        // dx[b, i] = Σₖ a[b, k] · c[k, i] with a = dz (stride batch per k) and c[k, i] = W[k, i] (stride inputs per k)
        Accumulate(dz, weight, [], dx, batch, outputs, inputs, termStride: inputs, outputStride: 1);
    }

    /// <summary>
    /// dW = dzᵀ x and db = Σ_b dz:  for every o, i:  dW[o, i] = Σ_b dz[b, o] · x[b, i];  db[o] = Σ_b dz[b, o].
    /// Each sum over b adds vector-wide partial sums lane by lane, then the lanes (<see cref="Vector.Sum{T}(Vector{T})"/>),
    /// then the rows past the last whole vector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ParameterGradients<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dz, Span<T> weightGradient, Span<T> biasGradient, int batch, int inputs, int outputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLengths(x.Length, batch * inputs, dz.Length, batch * outputs, weightGradient.Length, outputs * inputs);
        if (biasGradient.Length != outputs)
        {
            throw new ArgumentException($"Bias gradient length {biasGradient.Length} does not match the {outputs} outputs.", nameof(biasGradient));
        }

        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var dw0 = ref MemoryMarshal.GetReference(weightGradient);
        var width = Vector<T>.Count;
        var full = batch - (batch % width);
        for (var o = 0; o < outputs; o++)
        {
            var dzColumn = dz.Slice(o * batch, batch);
            ref var d0 = ref MemoryMarshal.GetReference(dzColumn);
            biasGradient[o] = Sum(dzColumn);
            var i = 0;
            if (Avx.IsSupported && typeof(T) == typeof(float) && Vector<T>.Count == Vector256<float>.Count)
            {
                // eight dot products dz[·, o] · x[·, i..i+7] at once, their lanes summed together
                for (; i + 8 <= inputs; i += 8)
                {
                    ref var dw = ref Unsafe.Add(ref dw0, (o * inputs) + i);
                    EightDots(ref Unsafe.As<T, float>(ref d0), ref Unsafe.As<T, float>(ref Unsafe.Add(ref x0, i * batch)), ref Unsafe.As<T, float>(ref dw), full, batch);
                }
            }

            // four dot products dz[·, o] · x[·, i..i+3] at once, sharing each load of dz
            for (; i + Tile <= inputs; i += Tile)
            {
                ref var xi = ref Unsafe.Add(ref x0, i * batch);
                Vector<T> s0 = Vector<T>.Zero, s1 = Vector<T>.Zero, s2 = Vector<T>.Zero, s3 = Vector<T>.Zero;
                for (var b = 0; b < full; b += width)
                {
                    var d = Vector.LoadUnsafe(ref d0, (nuint)b);
                    s0 += d * Vector.LoadUnsafe(ref xi, (nuint)b);
                    s1 += d * Vector.LoadUnsafe(ref xi, (nuint)(b + batch));
                    s2 += d * Vector.LoadUnsafe(ref xi, (nuint)(b + (2 * batch)));
                    s3 += d * Vector.LoadUnsafe(ref xi, (nuint)(b + (3 * batch)));
                }

                ref var dw = ref Unsafe.Add(ref dw0, (o * inputs) + i);
                dw = TailDot(ref d0, ref xi, Vector.Sum(s0), full, batch);
                Unsafe.Add(ref dw, 1) = TailDot(ref d0, ref Unsafe.Add(ref xi, batch), Vector.Sum(s1), full, batch);
                Unsafe.Add(ref dw, 2) = TailDot(ref d0, ref Unsafe.Add(ref xi, 2 * batch), Vector.Sum(s2), full, batch);
                Unsafe.Add(ref dw, 3) = TailDot(ref d0, ref Unsafe.Add(ref xi, 3 * batch), Vector.Sum(s3), full, batch);
            }

            for (; i < inputs; i++)
            {
                ref var xi = ref Unsafe.Add(ref x0, i * batch);
                var s = Vector<T>.Zero;
                for (var b = 0; b < full; b += width)
                {
                    s += Vector.LoadUnsafe(ref d0, (nuint)b) * Vector.LoadUnsafe(ref xi, (nuint)b);
                }

                Unsafe.Add(ref dw0, (o * inputs) + i) = TailDot(ref d0, ref xi, Vector.Sum(s), full, batch);
            }
        }
    }

    /// <summary>
    /// dw[j] = Σ_b d[b] · x[b + batch·j] for j = 0..7, each summed as <see cref="ParameterGradients{T}"/> documents:
    /// lane-wise over whole vectors, then the lanes as <see cref="Vector.Sum{T}(Vector{T})"/> adds them
    /// (((l₀ + l₁) + (l₂ + l₃)) + ((l₄ + l₅) + (l₆ + l₇))), then the tail rows. Two rounds of horizontal adds sum
    /// the eight accumulators' lanes in that order all at once, so the result is bit for bit eight
    /// <see cref="Vector.Sum{T}(Vector{T})"/> calls, at a third of the instructions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EightDots(ref float d, ref float x, ref float dw, int full, int batch)
    {
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        for (var b = 0; b < full; b += Vector256<float>.Count)
        {
            var v = Vector256.LoadUnsafe(ref d, (nuint)b);
            s0 += v * Vector256.LoadUnsafe(ref x, (nuint)b);
            s1 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + batch));
            s2 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (2 * batch)));
            s3 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (3 * batch)));
            s4 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (4 * batch)));
            s5 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (5 * batch)));
            s6 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (6 * batch)));
            s7 += v * Vector256.LoadUnsafe(ref x, (nuint)(b + (7 * batch)));
        }

        // per 128-bit half: [(l₀+l₁)+(l₂+l₃) of s0, s1, s2, s3 | (l₄+l₅)+(l₆+l₇) of s0, s1, s2, s3], and s4..s7 likewise
        var low = Avx.HorizontalAdd(Avx.HorizontalAdd(s0, s1), Avx.HorizontalAdd(s2, s3));
        var high = Avx.HorizontalAdd(Avx.HorizontalAdd(s4, s5), Avx.HorizontalAdd(s6, s7));
        var sums = Avx.Permute2x128(low, high, 0x20) + Avx.Permute2x128(low, high, 0x31);
        sums.StoreUnsafe(ref dw);
        if (full < batch)
        {
            for (var j = 0; j < 8; j++)
            {
                Unsafe.Add(ref dw, j) = TailDot(ref d, ref Unsafe.Add(ref x, j * batch), Unsafe.Add(ref dw, j), full, batch);
            }
        }
    }

    /// <summary>
    /// out[b, n] = init[n] + Σₖ a[b, k] · c[k, n] for k = 0, 1, …, terms − 1 in order, with a column-major
    /// (a[b, k] at <c>b + batch·k</c>), c[k, n] at <c>k·termStride + n·outputStride</c>, and init zero when empty.
    /// A tile of four n at a time over two vectors of rows b (eight accumulators), then over one, then one n at a
    /// time, then the rows past the last whole vector one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> c, ReadOnlySpan<T> init, Span<T> result, int batch, int terms, int count, int termStride, int outputStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var c0 = ref MemoryMarshal.GetReference(c);
        ref var r0 = ref MemoryMarshal.GetReference(result);
        var hasInit = !init.IsEmpty;
        var width = Vector<T>.Count;
        var full = batch - (batch % width);
        var n = 0;
        for (; n + Tile <= count; n += Tile)
        {
            ref var cn = ref Unsafe.Add(ref c0, n * outputStride);
            var i0 = hasInit ? init[n] : T.Zero;
            var i1 = hasInit ? init[n + 1] : T.Zero;
            var i2 = hasInit ? init[n + 2] : T.Zero;
            var i3 = hasInit ? init[n + 3] : T.Zero;
            var b = 0;
            for (; b + width < full; b += 2 * width)
            {
                // two vectors of rows × four outputs: eight independent accumulators
                Vector<T> s0 = new(i0), s1 = new(i1), s2 = new(i2), s3 = new(i3);
                Vector<T> t0 = s0, t1 = s1, t2 = s2, t3 = s3;
                for (var k = 0; k < terms; k++)
                {
                    ref var ak = ref Unsafe.Add(ref a0, b + (batch * k));
                    var u = Vector.LoadUnsafe(ref ak);
                    var v = Vector.LoadUnsafe(ref ak, (nuint)width);
                    ref var ck = ref Unsafe.Add(ref cn, k * termStride);
                    var c0k = new Vector<T>(ck);
                    var c1k = new Vector<T>(Unsafe.Add(ref ck, outputStride));
                    var c2k = new Vector<T>(Unsafe.Add(ref ck, 2 * outputStride));
                    var c3k = new Vector<T>(Unsafe.Add(ref ck, 3 * outputStride));
                    s0 += u * c0k;
                    t0 += v * c0k;
                    s1 += u * c1k;
                    t1 += v * c1k;
                    s2 += u * c2k;
                    t2 += v * c2k;
                    s3 += u * c3k;
                    t3 += v * c3k;
                }

                ref var rb = ref Unsafe.Add(ref r0, b + (n * batch));
                s0.StoreUnsafe(ref rb);
                s1.StoreUnsafe(ref rb, (nuint)batch);
                s2.StoreUnsafe(ref rb, (nuint)(2 * batch));
                s3.StoreUnsafe(ref rb, (nuint)(3 * batch));
                t0.StoreUnsafe(ref rb, (nuint)width);
                t1.StoreUnsafe(ref rb, (nuint)(batch + width));
                t2.StoreUnsafe(ref rb, (nuint)((2 * batch) + width));
                t3.StoreUnsafe(ref rb, (nuint)((3 * batch) + width));
            }

            for (; b < full; b += width)
            {
                Vector<T> s0 = new(i0), s1 = new(i1), s2 = new(i2), s3 = new(i3);
                for (var k = 0; k < terms; k++)
                {
                    var v = Vector.LoadUnsafe(ref a0, (nuint)(b + (batch * k)));
                    ref var ck = ref Unsafe.Add(ref cn, k * termStride);
                    s0 += v * ck;
                    s1 += v * Unsafe.Add(ref ck, outputStride);
                    s2 += v * Unsafe.Add(ref ck, 2 * outputStride);
                    s3 += v * Unsafe.Add(ref ck, 3 * outputStride);
                }

                ref var rb = ref Unsafe.Add(ref r0, b + (n * batch));
                s0.StoreUnsafe(ref rb);
                s1.StoreUnsafe(ref rb, (nuint)batch);
                s2.StoreUnsafe(ref rb, (nuint)(2 * batch));
                s3.StoreUnsafe(ref rb, (nuint)(3 * batch));
            }

            for (var j = 0; j < Tile; j++)
            {
                AccumulateTailRows(ref a0, ref Unsafe.Add(ref cn, j * outputStride), hasInit ? init[n + j] : T.Zero, ref Unsafe.Add(ref r0, (n + j) * batch), full, batch, terms, termStride);
            }
        }

        for (; n < count; n++)
        {
            ref var cn = ref Unsafe.Add(ref c0, n * outputStride);
            var i0 = hasInit ? init[n] : T.Zero;
            for (var b = 0; b < full; b += width)
            {
                var s = new Vector<T>(i0);
                for (var k = 0; k < terms; k++)
                {
                    s += Vector.LoadUnsafe(ref a0, (nuint)(b + (batch * k))) * Unsafe.Add(ref cn, k * termStride);
                }

                s.StoreUnsafe(ref r0, (nuint)(b + (n * batch)));
            }

            AccumulateTailRows(ref a0, ref cn, i0, ref Unsafe.Add(ref r0, n * batch), full, batch, terms, termStride);
        }
    }

    // Rows from..batch−1 of one output column, one at a time: column[b] = init + Σₖ a[b, k] · c[k].
    private static void AccumulateTailRows<T>(ref T a0, ref T c, T init, ref T column, int from, int batch, int terms, int termStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var b = from; b < batch; b++)
        {
            var s = init;
            for (var k = 0; k < terms; k++)
            {
                s += Unsafe.Add(ref a0, b + (batch * k)) * Unsafe.Add(ref c, k * termStride);
            }

            Unsafe.Add(ref column, b) = s;
        }
    }

    // total + Σ a[k] · b[k] over the rows from..length−1 past the last whole vector, one at a time.
    private static T TailDot<T>(ref T a, ref T b, T total, int from, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var k = from; k < length; k++)
        {
            total += Unsafe.Add(ref a, k) * Unsafe.Add(ref b, k);
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
