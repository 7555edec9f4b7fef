using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Course.Optimizers;

namespace Course.Benchmarks;

/// <summary>
/// One optimizer step over 10 million float parameters, next to a memory-bandwidth bound measured in the same run:
/// an in-place streaming kernel that reads and writes the same number of 40 MB buffers as the step
/// (the baseline of each category), plus a plain copy and a STREAM triad for reference.
/// </summary>
/// <remarks>
/// Buffers touched per step (reads + writes of 40 MB each): SGD 2R+1W (θ, g → θ);
/// SGD-momentum, AdaGrad, RMSprop and Lion 3R+2W (θ, g, one state buffer); Adam, AdamW and NAdam 4R+3W
/// (θ, g, m, v). Everything runs on one thread, as the steps do.
/// Run: <c>dotnet run -c Release --project bench/Course.Benchmarks -- --filter *OptimizerStep* --job short</c>.
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MinColumn]
[MedianColumn]
public class OptimizerStepBenchmarks
{
    public const int Length = 10_000_000;

    private const string TwoBuffers = "2R+1W (SGD)";
    private const string ThreeBuffers = "3R+2W (one state buffer)";
    private const string FourBuffers = "4R+3W (two state buffers)";

    private float[] _value = [];
    private float[] _gradient = [];
    private float[] _scratch1 = [];
    private float[] _scratch2 = [];
    private IOptimizer _optimizer = null!;

    [GlobalSetup(Targets = [nameof(Copy), nameof(Triad), nameof(Stream2R1W), nameof(Stream3R2W), nameof(Stream4R3W)])]
    public void SetUpBandwidth() => Allocate();

    [GlobalSetup(Target = nameof(Sgd))]
    public void SetUpSgd() => _optimizer = new Sgd<float>([Allocate()], new SgdOptions(LearningRate: 1e-3));

    [GlobalSetup(Target = nameof(SgdMomentum))]
    public void SetUpSgdMomentum() => _optimizer = new Sgd<float>([Allocate()], new SgdOptions(LearningRate: 1e-3, Momentum: 0.9));

    [GlobalSetup(Target = nameof(Adagrad))]
    public void SetUpAdagrad() => _optimizer = new Adagrad<float>([Allocate()]);

    [GlobalSetup(Target = nameof(RmsProp))]
    public void SetUpRmsProp() => _optimizer = new RmsProp<float>([Allocate()]);

    [GlobalSetup(Target = nameof(Lion))]
    public void SetUpLion() => _optimizer = new Lion<float>([Allocate()], new LionOptions(WeightDecay: 0.1));

    [GlobalSetup(Target = nameof(Adam))]
    public void SetUpAdam() => _optimizer = new Adam<float>([Allocate()]);

    [GlobalSetup(Target = nameof(AdamW))]
    public void SetUpAdamW() => _optimizer = new AdamW<float>([Allocate()]);

    [GlobalSetup(Target = nameof(NAdam))]
    public void SetUpNAdam() => _optimizer = new NAdam<float>([Allocate()]);

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Copy() => _gradient.AsSpan().CopyTo(_scratch1);

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Triad()
    {
        // STREAM triad a = b + s·c: two reads and one write to a third buffer.
        var a = MemoryMarshal.Cast<float, Vector<float>>(_scratch1.AsSpan());
        var b = MemoryMarshal.Cast<float, Vector<float>>(_value.AsSpan());
        var c = MemoryMarshal.Cast<float, Vector<float>>(_gradient.AsSpan());
        var s = new Vector<float>(1e-3f);
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = b[i] + (s * c[i]);
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(TwoBuffers)]
    public void Stream2R1W()
    {
        var x0 = MemoryMarshal.Cast<float, Vector<float>>(_value.AsSpan());
        var g = MemoryMarshal.Cast<float, Vector<float>>(_gradient.AsSpan());
        var s = new Vector<float>(-1e-3f);
        for (var i = 0; i < x0.Length; i++)
        {
            x0[i] += s * g[i];
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory(ThreeBuffers)]
    public void Stream3R2W()
    {
        var x0 = MemoryMarshal.Cast<float, Vector<float>>(_value.AsSpan());
        var x1 = MemoryMarshal.Cast<float, Vector<float>>(_scratch1.AsSpan());
        var g = MemoryMarshal.Cast<float, Vector<float>>(_gradient.AsSpan());
        var s = new Vector<float>(-1e-3f);
        var d = new Vector<float>(0.9f);
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
        var x0 = MemoryMarshal.Cast<float, Vector<float>>(_value.AsSpan());
        var x1 = MemoryMarshal.Cast<float, Vector<float>>(_scratch1.AsSpan());
        var x2 = MemoryMarshal.Cast<float, Vector<float>>(_scratch2.AsSpan());
        var g = MemoryMarshal.Cast<float, Vector<float>>(_gradient.AsSpan());
        var s = new Vector<float>(-1e-3f);
        var d = new Vector<float>(0.9f);
        for (var i = 0; i < x0.Length; i++)
        {
            var m = (x1[i] * d) + g[i];
            var v = (x2[i] * d) + (g[i] * g[i]);
            x1[i] = m;
            x2[i] = v;
            x0[i] += s * m * v;
        }
    }

    [Benchmark, BenchmarkCategory(TwoBuffers)]
    public void Sgd() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void SgdMomentum() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void Adagrad() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void RmsProp() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(ThreeBuffers)]
    public void Lion() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void Adam() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void AdamW() => _optimizer.Step();

    [Benchmark, BenchmarkCategory(FourBuffers)]
    public void NAdam() => _optimizer.Step();

    private Parameter<float> Allocate()
    {
        var random = new Random(42);
        _value = new float[Length];
        _gradient = new float[Length];
        _scratch1 = new float[Length];
        _scratch2 = new float[Length];
        for (var i = 0; i < Length; i++)
        {
            _value[i] = (random.NextSingle() * 2) - 1;
            _gradient[i] = (random.NextSingle() * 2) - 1;
        }

        Array.Fill(_scratch1, 0.5f);
        Array.Fill(_scratch2, 0.25f);
        return new Parameter<float>("w", _value, _gradient);
    }
}
