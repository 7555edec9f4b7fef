using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Course.Benchmarks;

/// <summary>
/// Reference points for the optimizer steps' bounds: a plain copy (1R+1W) and a STREAM triad (2R+1W to a third
/// buffer) beside the in-place 2R+1W kernel that bounds plain SGD, over 10 million elements of type
/// <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[MinColumn]
[MedianColumn]
public class StreamingReferenceBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Length = 10_000_000;

    private readonly T[] _a = new T[Length];
    private T[] _b = [];
    private T[] _c = [];

    /// <summary>Draws the buffers the kernels read.</summary>
    [GlobalSetup]
    public void SetUp() => (_b, _c) = UniformDraw.Pair<T>(Length);

    /// <summary>The in-place 2R+1W kernel, plain SGD's bound.</summary>
    [Benchmark(Baseline = true)]
    public void Stream2R1W() => StreamingKernels.Stream2R1W(_b, _c);

    /// <summary>A plain copy: one read, one write.</summary>
    [Benchmark]
    public void Copy() => _c.AsSpan().CopyTo(_a);

    /// <summary>STREAM triad a = b + s·c.</summary>
    [Benchmark]
    public void Triad() => StreamingKernels.Triad(_a, _b, _c);
}
