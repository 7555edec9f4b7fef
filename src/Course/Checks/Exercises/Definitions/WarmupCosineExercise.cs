using Course.Training.Schedules;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "warmup-cosine" exercise: the learning rate as a function of the step, a linear warmup from startLr to peakLr
/// over W steps, then half a cosine from peakLr down to minLr at step T, held there after T:
/// lr(t) = startLr + (peakLr − startLr)·t/W for t &lt; W; minLr + (peakLr − minLr)·(1 + cos(π(t − W)/(T − W)))/2
/// for W ≤ t ≤ T; minLr after. Graded on every step 0 … T + 3 of each hidden case against the library's
/// <see cref="Schedule.WarmupCosine"/>, so any correct formula passes.
/// </summary>
internal sealed class WarmupCosineExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "warmup-cosine";

    /// <inheritdoc />
    public override string Title => "Warmup and cosine schedule";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["LearningRate"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var warmup = random.Next(2, 8);
        var total = warmup + random.Next(6, 25);
        var peak = ExerciseRandom.Uniform(random, 0.05, 1.0);
        return new StepCase
        {
            Number = number,
            InitialWeights = [peak],
            Steps = total + 4,
            LearningRate = peak,
            WarmupSteps = warmup,
            TotalSteps = total,
            StartLearningRate = peak * ExerciseRandom.Uniform(random, 0.05, 0.5),
            MinLearningRate = peak * ExerciseRandom.Uniform(random, 0.02, 0.3),
            HyperparameterNames = ["warmupSteps", "totalSteps", "peakLr", "startLr", "minLr"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase)
    {
        var schedule = Schedule.WarmupCosine(stepCase.WarmupSteps, stepCase.TotalSteps, stepCase.StartLearningRate / stepCase.LearningRate, stepCase.MinLearningRate / stepCase.LearningRate);
        return [[[stepCase.LearningRate]], .. Enumerable.Range(0, stepCase.Steps).Select(t => new[] { new[] { stepCase.LearningRate * schedule.Factor(t) } })];
    }

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) => $"step = {step}";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.CosineOverTotalSteps, (c, t) => Cosine(c, t, length: c.TotalSteps)),
        Make(Misconceptions.CosineIgnoresMinimum, (c, t) => Cosine(c, t, bottom: 0)),
        Make(Misconceptions.WarmupOffByOne, (c, t) => t < c.WarmupSteps ? Warmup(c, t + 1) : Cosine(c, t)),
        Make(Misconceptions.CosineRestartsPastEnd, (c, t) => Cosine(c, t, hold: false)),
        Make(Misconceptions.NoWarmup, (c, t) => Cosine(c, t, warmup: 0)),
        Make(Misconceptions.CosineFromStepZero, (c, t) => t < c.WarmupSteps ? Warmup(c, t) : Cosine(c, t, warmup: 0, length: c.TotalSteps)),
    ];

    private static Variant Make(Misconception misconception, Func<StepCase, int, double> rate) =>
        new(misconception, (c, k, s) => [[rate(c, k)]]);

    private static double Warmup(StepCase c, int t) => c.StartLearningRate + ((c.LearningRate - c.StartLearningRate) * t / c.WarmupSteps);

    /// <summary>The cosine part with switches; with none set, the right schedule (warmup included).</summary>
    private static double Cosine(StepCase c, int t, int? warmup = null, int? length = null, double? bottom = null, bool hold = true)
    {
        var w = warmup ?? c.WarmupSteps;
        if (t < w)
        {
            return Warmup(c, t);
        }

        var span = length ?? (c.TotalSteps - w);
        var low = bottom ?? c.MinLearningRate;
        return hold && t - w >= span ? low : low + ((c.LearningRate - low) * (1 + Math.Cos(Math.PI * (t - w) / span)) / 2);
    }
}
