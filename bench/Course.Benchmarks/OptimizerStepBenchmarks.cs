using System.Numerics;
using System.Runtime;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Course.Optimizers;

namespace Course.Benchmarks;

/// <summary>
/// One optimizer step over 10 million parameters of type <typeparamref name="T"/> (float32 and float64), next to a
/// memory-bandwidth bound measured in the same run: an in-place streaming kernel that reads and writes the same
/// number of buffers as the step (the baseline of each category), plus a plain copy and a STREAM triad for reference.
/// </summary>
/// <remarks>
/// Buffers touched per step (reads + writes of 10M elements each): SGD 2R+1W (θ, g → θ);
/// SGD-momentum (plain, Nesterov, dampened), AdaGrad, RMSprop and Lion 3R+2W (θ, g, one state buffer);
/// Adam, AdamW, NAdam, RAdam, Adamax, and RMSprop centered or with momentum 4R+3W (θ, g, two state buffers);
/// RMSprop centered with momentum 5R+4W (θ, g, three state buffers). Everything runs on one thread, as the steps do.
/// Run: <c>dotnet run -c Release --project bench/Course.Benchmarks -- --filter *OptimizerStep* --job short</c>.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MinColumn]
[MedianColumn]
public class OptimizerStepBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public const int Length = 10_000_000;

    private const string TwoBuffers = "2R+1W (SGD)";
    private const string ThreeBuffers = "3R+2W (one state buffer)";
    private const string FourBuffers = "4R+3W (two state buffers)";
    private const string FiveBuffers = "5R+4W (three state buffers)";

    private T[] _value = [];
    private T[] _gradient = [];
    private T[] _scratch1 = [];
    private T[] _scratch2 = [];
    private T[] _scratch3 = [];
    private IOptimizer _optimizer = null!;

    /// <summary>
    /// Drops this benchmark's buffers and collects them, so that every benchmark of an in-process run allocates its
    /// buffers on the same clean heap the first one had, not beside gigabytes of earlier benchmarks' garbage.
    /// </summary>
    [GlobalCleanup]
    public void Release()
    {
        _value = _gradient = _scratch1 = _scratch2 = _scratch3 = [];
        _optimizer = null!;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    [GlobalSetup(Targets = [nameof(Copy), nameof(Triad), nameof(Stream2R1W), nameof(Stream3R2W), nameof(Stream4R3W), nameof(Stream5R4W)])]
    public void SetUpBandwidth() => Allocate();

    [GlobalSetup(Target = nameof(Sgd))]
    public void SetUpSgd() => _optimizer = new Sgd<T>([Allocate()], new SgdOptions(LearningRate: 1e-3));

    [GlobalSetup(Target = nameof(SgdMomentum))]
    public void SetUpSgdMomentum() => _optimizer = new Sgd<T>([Allocate()], new SgdOptions(LearningRate: 1e-3, Momentum: 0.9));

    [GlobalSetup(Target = nameof(SgdNesterov))]
    public void SetUpSgdNesterov() => _optimizer = new Sgd<T>([Allocate()], new SgdOptions(LearningRate: 1e-3, Momentum: 0.9, Nesterov: true));

    [GlobalSetup(Target = nameof(SgdDampening))]
    public void SetUpSgdDampening() => _optimizer = new Sgd<T>([Allocate()], new SgdOptions(LearningRate: 1e-3, Momentum: 0.9, Dampening: 0.1));

    [GlobalSetup(Target = nameof(Adagrad))]
    public void SetUpAdagrad() => _optimizer = new Adagrad<T>([Allocate()]);

    [GlobalSetup(Target = nameof(RmsProp))]
    public void SetUpRmsProp() => _optimizer = new RmsProp<T>([Allocate()]);

    [GlobalSetup(Target = nameof(RmsPropCentered))]
    public void SetUpRmsPropCentered() => _optimizer = new RmsProp<T>([Allocate()], new RmsPropOptions(Centered: true));

    [GlobalSetup(Target = nameof(RmsPropMomentum))]
    public void SetUpRmsPropMomentum() => _optimizer = new RmsProp<T>([Allocate()], new RmsPropOptions(Momentum: 0.9));

    [GlobalSetup(Target = nameof(RmsPropCenteredMomentum))]
    public void SetUpRmsPropCenteredMomentum() => _optimizer = new RmsProp<T>([Allocate()], new RmsPropOptions(Momentum: 0.9, Centered: true));

    [GlobalSetup(Target = nameof(Lion))]
    public void SetUpLion() => _optimizer = new Lion<T>([Allocate()], new LionOptions(WeightDecay: 0.1));

    [GlobalSetup(Target = nameof(Adam))]
    public void SetUpAdam() => _optimizer = new Adam<T>([Allocate()]);

    [GlobalSetup(Target = nameof(AdamW))]
    public void SetUpAdamW() => _optimizer = new AdamW<T>([Allocate()]);

    [GlobalSetup(Target = nameof(NAdam))]
    public void SetUpNAdam() => _optimizer = new NAdam<T>([Allocate()]);

    [GlobalSetup(Target = nameof(RAdam))]
    public void SetUpRAdam() => _optimizer = new RAdam<T>([Allocate()]);

    [GlobalSetup(Target = nameof(Adamax))]
    public void SetUpAdamax() => _optimizer = new Adamax<T>([Allocate()]);

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Copy() => _gradient.AsSpan().CopyTo(_scratch1);

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Triad()
    {
        // STREAM triad a = b + s·c: two reads and one write to a third buffer.
        var a = MemoryMarshal.Cast<T, Vector<T>>(_scratch1.AsSpan());
        var b = MemoryMarshal.Cast<T, Vector<T>>(_value.AsSpan());
        var c = MemoryMarshal.Cast<T, Vector<T>>(_gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(1e-3));
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = b[i] + (s * c[i]);
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(TwoBuffers)]
    public void Stream2R1W()
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(_value.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(_gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        for (var i = 0; i < x0.Length; i++)
        {
            x0[i] += s * g[i];
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(ThreeBuffers)]
    public void Stream3R2W()
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(_value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(_scratch1.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(_gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            var b = (x1[i] * d) + g[i];
            x1[i] = b;
            x0[i] += s * b;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(FourBuffers)]
    public void Stream4R3W()
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(_value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(_scratch1.AsSpan());
        var x2 = MemoryMarshal.Cast<T, Vector<T>>(_scratch2.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(_gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            var m = (x1[i] * d) + g[i];
            var v = (x2[i] * d) + (g[i] * g[i]);
            x1[i] = m;
            x2[i] = v;
            x0[i] += s * m * v;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(FiveBuffers)]
    public void Stream5R4W()
    {
        var x0 = MemoryMarshal.Cast<T, Vector<T>>(_value.AsSpan());
        var x1 = MemoryMarshal.Cast<T, Vector<T>>(_scratch1.AsSpan());
        var x2 = MemoryMarshal.Cast<T, Vector<T>>(_scratch2.AsSpan());
        var x3 = MemoryMarshal.Cast<T, Vector<T>>(_scratch3.AsSpan());
        var g = MemoryMarshal.Cast<T, Vector<T>>(_gradient.AsSpan());
        var s = new Vector<T>(T.CreateChecked(-1e-3));
        var d = new Vector<T>(T.CreateChecked(0.9));
        for (var i = 0; i < x0.Length; i++)
        {
            var m = (x1[i] * d) + g[i];
            var v = (x2[i] * d) + (g[i] * g[i]);
            var u = (x3[i] * d) + (m * v);
            x1[i] = m;
            x2[i] = v;
            x3[i] = u;
            x0[i] += s * u;
        }
    }

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Sgd() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void SgdMomentum() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void SgdNesterov() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void SgdDampening() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void Adagrad() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void RmsProp() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void Lion() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void RmsPropCentered() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void RmsPropMomentum() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void Adam() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void AdamW() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void NAdam() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void RAdam() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void Adamax() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FiveBuffers)]
    public void RmsPropCenteredMomentum() => _optimizer.Step();

    private Parameter<T> Allocate()
    {
        var random = new Random(42);
        _value = new T[Length];
        _gradient = new T[Length];
        _scratch1 = new T[Length];
        _scratch2 = new T[Length];
        _scratch3 = new T[Length];
        for (var i = 0; i < Length; i++)
        {
            _value[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
            _gradient[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
        }

        Array.Fill(_scratch1, T.CreateChecked(0.5));
        Array.Fill(_scratch2, T.CreateChecked(0.25));
        Array.Fill(_scratch3, T.CreateChecked(0.125));
        return new Parameter<T>("w", _value, _gradient);
    }
}
