namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "lr-sensitivity" exercise (how touchy an optimizer is about its learning rate): from a sweep's learning rates and
/// losses, the best learning rate (lowest finite loss; NaN or ∞ marks a diverged run, which never counts) and the width
/// log₁₀(max / min) of the learning rates whose loss is at most (1 + tolerance) times the best. Hidden sweeps are
/// grids over a valley whose largest rate diverged.
/// </summary>
internal sealed class LearningRateSensitivityExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "lr-sensitivity";

    /// <inheritdoc />
    public override string Title => "Learning-rate sensitivity";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["BestLrAndDecades"];

    /// <inheritdoc />
    /// <remarks>
    /// Built so every slip shows on every case: the best is at index b ≥ 2 with a neighbour well inside the tolerance
    /// (so the width is never 0), the smallest rate is outside the relative tolerance but inside an absolute one of the
    /// same size, and the largest rate diverged with a NaN (another diverged with ∞ below it half the time). The grid is
    /// geometric with a random ratio and jitter, so a width is never a round number and no two slips give the same width.
    /// </remarks>
    public override StepCase Generate(Random random, int number)
    {
        var count = random.Next(5, 9);
        var ratio = Math.Round(ExerciseRandom.Uniform(random, 2.5, 4), 2);
        var lowest = Math.Pow(10, -random.Next(1, 5));
        var learningRates = Enumerable.Range(0, count).Select(i => Math.Round(lowest * Math.Pow(ratio, i) * ExerciseRandom.Uniform(random, 0.85, 1.15), 8)).ToArray();
        var tolerance = ExerciseRandom.Uniform(random, 0.2, 0.6);
        var floor = ExerciseRandom.Uniform(random, 0.02, 0.2);
        var best = random.Next(2, count - 2);
        var losses = learningRates.Select((_, i) => Math.Round(floor * (1 + (ExerciseRandom.Uniform(random, 0.02, tolerance / 3) * Math.Abs(i - best))), 4)).ToArray();
        losses[0] = Math.Round(floor * (1 + tolerance) * ExerciseRandom.Uniform(random, 1.2, 1.4), 4);
        losses[count - 1] = double.NaN;
        if (random.Next(2) == 0 && count - 2 > best)
        {
            losses[count - 2] = double.PositiveInfinity;
        }

        return new StepCase
        {
            Number = number,
            InitialWeights = [0, 0],
            Gradients = [learningRates, losses, [tolerance]],
            Steps = 1,
            HyperparameterNames = [],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        [[stepCase.InitialWeights], [Sensitivity(stepCase.Gradients[0], stepCase.Gradients[1], stepCase.Gradients[2][0])]];

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) =>
        $"learningRates = {VectorText.Of(stepCase.Gradients[0])}, losses = {VectorText.Of(stepCase.Gradients[1])}, tolerance = {VectorText.Of(stepCase.Gradients[2][0])}";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.DivergedCountedAsUsable, (lr, loss, tol) => Sensitivity(lr, loss, tol, usable: x => !(x > 0) || double.IsFinite(x))),
        Make(Misconceptions.NaturalLogDecades, (lr, loss, tol) => Sensitivity(lr, loss, tol, log: Math.Log)),
        Make(Misconceptions.AbsoluteTolerance, (lr, loss, tol) => Sensitivity(lr, loss, tol, absolute: true)),
    ];

    /// <summary>
    /// The best finite loss's learning rate, and log₁₀(max/min) over the learning rates whose loss is within the
    /// tolerance; the switches give the usual slips.
    /// </summary>
    public static double[] Sensitivity(double[] learningRates, double[] losses, double tolerance, Func<double, bool>? usable = null, Func<double, double>? log = null, bool absolute = false)
    {
        var finite = Enumerable.Range(0, losses.Length).Where(i => double.IsFinite(losses[i])).ToArray();
        var best = finite.MinBy(i => losses[i]);
        var limit = absolute ? losses[best] + tolerance : (1 + tolerance) * losses[best];
        var good = Enumerable.Range(0, losses.Length).Where(i => (usable ?? double.IsFinite)(losses[i]) && !(losses[i] > limit)).Select(i => learningRates[i]).ToArray();
        return [learningRates[best], (log ?? Math.Log10)(good.Max() / good.Min())];
    }

    private static Variant Make(Misconception misconception, Func<double[], double[], double, double[]> rule) =>
        new(misconception, (c, k, s) => [rule(c.Gradients[0], c.Gradients[1], c.Gradients[2][0])]);
}
