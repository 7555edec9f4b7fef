using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Course.Optimizers;

/// <summary>
/// Asks the cache to start loading each buffer of a streaming loop a fixed distance ahead of the element the loop is
/// at, once per cache line.
/// </summary>
/// <remarks>
/// <para>
/// An optimizer step reads θ, g and its state buffers once, front to back, and writes θ and the state back. The
/// hardware prefetcher follows such streams, but in the steps whose arithmetic is long (a square root and one to
/// three divisions per element, as in Adam, NAdam, RAdam and RMSprop) it runs too few lines ahead: the loads arrive
/// while the divider is busy, and memory and arithmetic overlap imperfectly. A software prefetch 2 KB ahead on every
/// stream keeps memory busy while the divider works (bench/README.md, "Software prefetch", measures it).
/// </para>
/// <para>
/// A prefetch is a hint. It never faults, reads no value into the program and changes no result, so a step with it is
/// bit-identical to the step without it. Where the processor has no x86 prefetch instruction (Arm, WebAssembly) it is
/// skipped.
/// </para>
/// </remarks>
internal static class Prefetch
{
    /// <summary>How far ahead of the loop a stream is fetched, in bytes.</summary>
    private const int DistanceBytes = 2048;

    /// <summary>A cache line, in bytes.</summary>
    private const int LineBytes = 64;

    /// <summary>Fetches two streams ahead of <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ahead<T>(int index, ReadOnlySpan<Vector<T>> first, ReadOnlySpan<Vector<T>> second)
        where T : unmanaged
    {
        if (IsDue<T>(index))
        {
            Line(first, index);
            Line(second, index);
        }
    }

    /// <summary>Fetches three streams ahead of <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ahead<T>(
        int index, ReadOnlySpan<Vector<T>> first, ReadOnlySpan<Vector<T>> second, ReadOnlySpan<Vector<T>> third)
        where T : unmanaged
    {
        if (IsDue<T>(index))
        {
            Line(first, index);
            Line(second, index);
            Line(third, index);
        }
    }

    /// <summary>Fetches four streams ahead of <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ahead<T>(
        int index,
        ReadOnlySpan<Vector<T>> first,
        ReadOnlySpan<Vector<T>> second,
        ReadOnlySpan<Vector<T>> third,
        ReadOnlySpan<Vector<T>> fourth)
        where T : unmanaged
    {
        if (IsDue<T>(index))
        {
            Line(first, index);
            Line(second, index);
            Line(third, index);
            Line(fourth, index);
        }
    }

    /// <summary>Fetches five streams ahead of <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ahead<T>(
        int index,
        ReadOnlySpan<Vector<T>> first,
        ReadOnlySpan<Vector<T>> second,
        ReadOnlySpan<Vector<T>> third,
        ReadOnlySpan<Vector<T>> fourth,
        ReadOnlySpan<Vector<T>> fifth)
        where T : unmanaged
    {
        if (IsDue<T>(index))
        {
            Line(first, index);
            Line(second, index);
            Line(third, index);
            Line(fourth, index);
            Line(fifth, index);
        }
    }

    /// <summary>Whether <paramref name="index"/> starts a cache line and the processor can prefetch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDue<T>(int index)
        where T : unmanaged =>
        Sse.IsSupported && (uint)index % (uint)VectorsPerLine<T>() == 0;

    /// <summary>Prefetches the line <see cref="DistanceBytes"/> ahead of <paramref name="index"/>, if it lies in the stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Line<T>(ReadOnlySpan<Vector<T>> stream, int index)
        where T : unmanaged
    {
        var ahead = index + (DistanceBytes / Unsafe.SizeOf<Vector<T>>());
        if ((uint)ahead < (uint)stream.Length)
        {
            // The address is only a hint: if the collector moves the buffer meanwhile, the hint is merely wasted.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetReference(stream), ahead)));
        }
    }

    /// <summary>How many vectors fill one cache line (1 when a vector is a line or wider).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int VectorsPerLine<T>()
        where T : unmanaged =>
        Unsafe.SizeOf<Vector<T>>() >= LineBytes ? 1 : LineBytes / Unsafe.SizeOf<Vector<T>>();
}
