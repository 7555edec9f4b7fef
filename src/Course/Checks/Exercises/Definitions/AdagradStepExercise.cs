using Course.Optimizers;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>The "adagrad-step" exercise: s ← s + g²; w ← w − η·g/(√s + ε), checked against <see cref="Adagrad{T}"/>.</summary>
internal sealed class AdagradStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "adagrad-step";

    /// <inheritdoc />
    public override string Title => "AdaGrad step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "Sum"];

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
            LearningRate = ExerciseRandom.Uniform(random, 0.05, 0.5),
            Eps = ExerciseRandom.Uniform(random, 0.02, 0.2),
            HyperparameterNames = ["lr", "eps"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        LibraryTrajectory.Run(
            stepCase,
            1,
            p => new Adagrad<double>([p], new AdagradOptions(LearningRate: stepCase.LearningRate, Eps: stepCase.Eps)),
            (o, p) => [o.StateOf(p)!.SumOfSquares.ToArray()]);

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.EpsInsideSqrt, (c, k, s) => Rule(c, k, s, sum: (old, g) => old + (g * g), denominator: (sum, eps) => Math.Sqrt(sum + eps))),
        new(Misconceptions.ForgotToSquare, (c, k, s) => Rule(c, k, s, sum: (old, g) => old + g)),
        new(Misconceptions.ForgotSqrt, (c, k, s) => Rule(c, k, s, denominator: (sum, eps) => sum + eps)),
        new(Misconceptions.AccumulatedAfterUse, (c, k, s) =>
            [Build(s[0].Length, i => s[0][i] - (c.LearningRate * c.Gradients[k][i] / (Math.Sqrt(s[1][i]) + c.Eps))), Rule(c, k, s)[1]]),
        new(Misconceptions.AccumulatorReset, (c, k, s) => Rule(c, k, s, sum: (_, g) => g * g)),
        new(Misconceptions.StateNotUpdated, (c, k, s) => [Rule(c, k, s)[0], s[1]]),
        new(Misconceptions.WrongSign, (c, k, s) => Rule(c, k, s, sign: 1)),
        new(Misconceptions.LearningRateTwice, (c, k, s) => Rule(c, k, s, lrPower: 2)),
    ];

    private static double[][] Rule(
        StepCase c,
        int k,
        double[][] s,
        Func<double, double, double>? sum = null,
        Func<double, double, double>? denominator = null,
        double sign = -1,
        int lrPower = 1)
    {
        sum ??= (old, g) => old + (g * g);
        denominator ??= (total, eps) => Math.Sqrt(total) + eps;
        var g = c.Gradients[k];
        var newSum = Build(g.Length, i => sum(s[1][i], g[i]));
        var lr = Math.Pow(c.LearningRate, lrPower);
        return [Build(g.Length, i => s[0][i] + (sign * lr * g[i] / denominator(newSum[i], c.Eps))), newSum];
    }
}
