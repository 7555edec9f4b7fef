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
/// Every iteration places its buffers in fresh memory and times one pass: on this VM the same loop streams some
/// allocations 10–40 % slower than others, so a benchmark that timed one allocation reported that allocation, not
/// the step; the median over iterations is the median over placements, for the bound and the step alike.
/// Run: <c>dotnet run -c Release --project bench/Course.Benchmarks -- --filter *OptimizerStep* --launchCount 1
/// --warmupCount 2 --iterationCount 12 --inProcess</c>.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[MinColumn]
[MedianColumn]
public class OptimizerStepBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Length = 10_000_000;

    private T[] _startValue = [];
    private T[] _startGradient = [];
    private T[] _value = [];
    private T[] _gradient = [];
    private T[][] _states = [];
    private IOptimizer _optimizer = null!;

    /// <summary>The step this pair times.</summary>
    [ParamsAllValues]
    public StepVariant Variant { get; set; }

    /// <summary>
    /// Draws the θ and g every iteration starts from, and brings the bound's and the step's code to its final tier first.
    /// </summary>
    [GlobalSetup]
    public void Draw()
    {
        (_startValue, _startGradient) = UniformDraw.Pair<T>(Length);
        WarmUp();
    }

    /// <summary>
    /// Places θ, g and as many state buffers as <see cref="Variant"/> keeps in fresh memory, and streams them once
    /// untimed, so the timed pass finds them as the step's timed pass finds its own.
    /// </summary>
    [IterationSetup(Target = nameof(Bound))]
    public void PlaceBound()
    {
        Release();
        var stateBuffers = Variant.Create(Place()).StateBuffersPerParameter;
        _states = [.. Enumerable.Range(1, stateBuffers).Select(k => Filled(T.CreateChecked(Math.Pow(0.5, k))))];
        Bound();
    }

    /// <summary>
    /// Places θ and g in fresh memory, builds <see cref="Variant"/>'s optimizer over them and takes one untimed step,
    /// which allocates its state.
    /// </summary>
    [IterationSetup(Target = nameof(Step))]
    public void PlaceStep()
    {
        Release();
        _optimizer = Variant.Create(Place());
        Step();
    }

    /// <summary>Drops every buffer, the drawn start included, when the benchmark ends.</summary>
    [GlobalCleanup]
    public void Finish()
    {
        _startValue = _startGradient = [];
        Release();
    }

    /// <summary>The streaming kernel with <see cref="Variant"/>'s traffic: the floor its step is measured against.</summary>
    [Benchmark(Baseline = true)]
    public void Bound() => StreamingKernels.Stream(_value, _gradient, _states);

    /// <summary>One step of <see cref="Variant"/>.</summary>
    [Benchmark]
    public void Step() => _optimizer.Step();

    /// <summary>
    /// Drops the iteration's buffers and collects them with the large-object heap compacted, so the next iteration
    /// allocates on a clean heap, not beside earlier iterations' (or benchmarks') garbage.
    /// </summary>
    private void Release()
    {
        _value = _gradient = [];
        _states = [];
        _optimizer = null!;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// Runs the bound and the step a few hundred times on small buffers, pausing for the runtime's tiered compilation,
    /// so that no benchmark measures code that is later replaced. Without it, whichever variant first ran a loop in
    /// a process measured that loop slower than the variants after it did (float64 SGD-momentum 1.20–1.29× its bound
    /// when it ran first, 0.96–1.04× when Nesterov ran first, which then read 1.37–1.54×).
    /// </summary>
    private void WarmUp()
    {
        const int small = 4096;
        var (value, gradient) = UniformDraw.Pair<T>(small);
        var optimizer = Variant.Create(new Parameter<T>("warm", value, gradient));
        T[][] states = [.. Enumerable.Range(0, optimizer.StateBuffersPerParameter).Select(_ => new T[small])];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 200; i++)
            {
                StreamingKernels.Stream(value, gradient, states);
                optimizer.Step();
            }

            Thread.Sleep(250);
        }
    }

    /// <summary>Copies the drawn θ and g into newly allocated buffers.</summary>
    private Parameter<T> Place()
    {
        _value = [.. _startValue];
        _gradient = [.. _startGradient];
        return new Parameter<T>("w", _value, _gradient);
    }

    private static T[] Filled(T value)
    {
        var buffer = new T[Length];
        Array.Fill(buffer, value);
        return buffer;
    }
}
