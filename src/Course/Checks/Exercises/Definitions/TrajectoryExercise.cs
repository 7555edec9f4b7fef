using Course.Optimizers;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "trajectory" exercise (watching optimizers on a surface): record the start and the point after each step of an
/// optimizer given as an in-place step, each step from the gradient at the current point. Checked on hidden separable
/// fields with a momentum optimizer (<see cref="Sgd{T}"/>, μ &gt; 0) as the step, so a stale gradient or a stored
/// reference to the moving point shows.
/// </summary>
internal sealed class TrajectoryExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "trajectory";

    /// <inheritdoc />
    public override string Title => "Recorded optimizer path";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["Path"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var dimension = random.Next(2, 4);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, dimension, 2),
            Steps = 1,
            TotalSteps = random.Next(4, 9),
            LearningRate = ExerciseRandom.Uniform(random, 0.05, 0.2),
            Momentum = ExerciseRandom.Uniform(random, 0.5, 0.9),
            Field = new GradientField(
                Enumerable.Range(0, dimension).Select(_ => ExerciseRandom.Uniform(random, 0.5, 3)).ToArray(),
                ExerciseRandom.Vector(random, dimension, 1),
                Enumerable.Range(0, dimension).Select(_ => ExerciseRandom.Uniform(random, 0.1, 0.5)).ToArray()),
            HyperparameterNames = ["lr", "mu", "totalSteps"],
        };
    }

    /// <summary>The step the checker hands the learner: momentum SGD (PyTorch's form) with the case's η and μ.</summary>
    /// <param name="stepCase">The case, for η and μ.</param>
    /// <param name="dimension">How many values a point has.</param>
    public static Action<double[], double[]> StepFor(StepCase stepCase, int dimension) =>
        InPlaceStep.Of(p => new Sgd<double>([p], new SgdOptions(LearningRate: stepCase.LearningRate, Momentum: stepCase.Momentum)), dimension);

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        [[stepCase.InitialWeights], [Flatten(Path(stepCase))!]];

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) =>
        $"start = {VectorText.Of(stepCase.InitialWeights)}, steps = {stepCase.TotalSteps}, {stepCase.Field}, step = momentum SGD";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.PathMissingStart, c => Path(c)[1..]),
        Make(Misconceptions.PathAliasesPoint, c => Enumerable.Repeat(Path(c)[^1], c.TotalSteps + 1).ToArray()),
        Make(Misconceptions.PathAliasesPoint, c => [c.InitialWeights, .. Enumerable.Repeat(Path(c)[^1], c.TotalSteps)]),
        Make(Misconceptions.GradientNotRecomputed, c => Path(c, staleGradient: true)),
    ];

    /// <summary>The points as one buffer, x₀ y₀ x₁ y₁ …; null when any point is null.</summary>
    public static double[]? Flatten(double[][]? points) =>
        points is null || points.Any(p => p is null) ? null : points.SelectMany(p => p).ToArray();

    /// <summary>The path the library's momentum optimizer takes, or, with <paramref name="staleGradient"/>, the path with the start's gradient reused at every step.</summary>
    private static double[][] Path(StepCase c, bool staleGradient = false)
    {
        var step = StepFor(c, c.InitialWeights.Length);
        var w = (double[])c.InitialWeights.Clone();
        var first = c.Field!.At(w);
        var path = new List<double[]> { (double[])w.Clone() };
        for (var t = 0; t < c.TotalSteps; t++)
        {
            step(w, staleGradient ? (double[])first.Clone() : c.Field.At(w));
            path.Add((double[])w.Clone());
        }

        return [.. path];
    }

    private static Variant Make(Misconception misconception, Func<StepCase, double[][]> path) =>
        new(misconception, (c, k, s) => [Flatten(path(c))!]);
}
