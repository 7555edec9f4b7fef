using Course.Optimizers;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>The "rmsprop-step" exercise: s ← αs + (1 − α)g²; w ← w − η·g/(√s + ε), checked against <see cref="RmsProp{T}"/>.</summary>
internal sealed class RmsPropStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "rmsprop-step";

    /// <inheritdoc />
    public override string Title => "RMSprop step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "SquareAverage"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var length = random.Next(2, 6);
        var steps = random.Next(4, 7);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, length, 2),
            Gradients = ExerciseRandom.Gradients(random, steps, length, 3),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.01, 0.2),
            Alpha = ExerciseRandom.Uniform(random, 0.6, 0.95),
            Eps = ExerciseRandom.Uniform(random, 0.02, 0.2),
            HyperparameterNames = ["lr", "alpha", "eps"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        LibraryTrajectory.Run(
            stepCase,
            1,
            p => new RmsProp<double>([p], new RmsPropOptions(LearningRate: stepCase.LearningRate, Alpha: stepCase.Alpha, Eps: stepCase.Eps)),
            (o, p) => [o.StateOf(p)!.SquareAverage.ToArray()]);

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.SumInsteadOfAverage, (c, k, s) => Rule(c, k, s, average: (a, old, g) => old + (g * g))),
        new(Misconceptions.DecayWeightsSwapped, (c, k, s) => Rule(c, k, s, average: (a, old, g) => ((1 - a) * old) + (a * g * g))),
        new(Misconceptions.MissingOneMinusDecay, (c, k, s) => Rule(c, k, s, average: (a, old, g) => (a * old) + (g * g))),
        new(Misconceptions.EpsInsideSqrt, (c, k, s) => Rule(c, k, s, denominator: (avg, eps) => Math.Sqrt(avg + eps))),
        new(Misconceptions.ForgotToSquare, (c, k, s) => Rule(c, k, s, average: (a, old, g) => (a * old) + ((1 - a) * g))),
        new(Misconceptions.ForgotSqrt, (c, k, s) => Rule(c, k, s, denominator: (avg, eps) => avg + eps)),
        new(Misconceptions.AccumulatedAfterUse, (c, k, s) =>
            [Build(s[0].Length, i => s[0][i] - (c.LearningRate * c.Gradients[k][i] / (Math.Sqrt(s[1][i]) + c.Eps))), Rule(c, k, s)[1]]),
        new(Misconceptions.AccumulatorReset, (c, k, s) => Rule(c, k, s, average: (a, old, g) => (1 - a) * g * g)),
        new(Misconceptions.StateNotUpdated, (c, k, s) => [Rule(c, k, s)[0], s[1]]),
        new(Misconceptions.WrongSign, (c, k, s) => Rule(c, k, s, sign: 1)),
    ];

    private static double[][] Rule(
        StepCase c,
        int k,
        double[][] s,
        Func<double, double, double, double>? average = null,
        Func<double, double, double>? denominator = null,
        double sign = -1)
    {
        average ??= (a, old, g) => (a * old) + ((1 - a) * g * g);
        denominator ??= (avg, eps) => Math.Sqrt(avg) + eps;
        var g = c.Gradients[k];
        var newAverage = Build(g.Length, i => average(c.Alpha, s[1][i], g[i]));
        return [Build(g.Length, i => s[0][i] + (sign * c.LearningRate * g[i] / denominator(newAverage[i], c.Eps))), newAverage];
    }
}
