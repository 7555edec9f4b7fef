using System.Numerics;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using Course.Optimizers;

namespace Course.Benchmarks;

/// <summary>
/// One optimizer step over 10 million parameters of type <typeparamref name="T"/> (float32 and float64), each
/// paired with its own memory-bandwidth bound: an in-place streaming kernel (<see cref="StreamingKernels"/>) that
/// reads and writes as many buffers as the step does, measured right before the step in the same run.
/// </summary>
/// <remarks>
/// Buffers touched per step (reads + writes of 10M elements each): 2 + s reads and 1 + s writes for a step with s
/// state buffers (<see cref="IOptimizer.StateBuffersPerParameter"/>): SGD 2R+1W; SGD-momentum (plain, Nesterov,
/// dampened), AdaGrad, RMSprop and Lion 3R+2W; Adam, AdamW, NAdam, RAdam, Adamax, and RMSprop centered or with
/// momentum 4R+3W; RMSprop centered with momentum 5R+4W. Everything runs on one thread, as the steps do.
/// Each variant's <see cref="Bound"/> runs just before its <see cref="Step"/>, so <c>Ratio</c> divides two figures
/// taken seconds apart: the VM's memory bandwidth drifts by several percent over the minutes of a full run, and a
/// bound measured once per category, minutes before some of its steps, moved their ratios by up to 0.19 between runs.
/// Run: <c>dotnet run -c Release --project bench/Course.Benchmarks -- --filter *OptimizerStep* --job short</c>.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[MinColumn]
[MedianColumn]
public class OptimizerStepBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Length = 10_000_000;

    private T[] _value = [];
    private T[] _gradient = [];
    private T[][] _states = [];
    private IOptimizer _optimizer = null!;

    /// <summary>The step this pair times.</summary>
    [ParamsAllValues]
    public StepVariant Variant { get; set; }

    /// <summary>Allocates θ, g and as many state buffers as <see cref="Variant"/> keeps, for the bound to stream.</summary>
    [GlobalSetup(Target = nameof(Bound))]
    public void SetUpBound()
    {
        var stateBuffers = Variant.Create(Allocate()).StateBuffersPerParameter;
        _states = [.. Enumerable.Range(1, stateBuffers).Select(k => Filled(T.CreateChecked(Math.Pow(0.5, k))))];
    }

    /// <summary>Allocates θ and g and builds <see cref="Variant"/>'s optimizer over them (its state comes with its first step).</summary>
    [GlobalSetup(Target = nameof(Step))]
    public void SetUpStep() => _optimizer = Variant.Create(Allocate());

    /// <summary>
    /// Drops this benchmark's buffers and collects them, so that every benchmark of an in-process run allocates its
    /// buffers on the same clean heap the first one had, not beside gigabytes of earlier benchmarks' garbage.
    /// </summary>
    [GlobalCleanup]
    public void Release()
    {
        _value = _gradient = [];
        _states = [];
        _optimizer = null!;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>The streaming kernel with <see cref="Variant"/>'s traffic: the floor its step is measured against.</summary>
    [Benchmark(Baseline = true)]
    public void Bound() => StreamingKernels.Stream(_value, _gradient, _states);

    /// <summary>One step of <see cref="Variant"/>.</summary>
    [Benchmark]
    public void Step() => _optimizer.Step();

    private Parameter<T> Allocate()
    {
        var random = new Random(42);
        _value = new T[Length];
        _gradient = new T[Length];
        for (var i = 0; i < Length; i++)
        {
            _value[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
            _gradient[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
        }

        return new Parameter<T>("w", _value, _gradient);
    }

    private static T[] Filled(T value)
    {
        var buffer = new T[Length];
        Array.Fill(buffer, value);
        return buffer;
    }
}
