using Course.Optimizers;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "lion-step" exercise, implemented from the paper's algorithm box (Chen et al. 2023, Algorithm 2):
/// c ← β₁m + (1 − β₁)g; w ← w(1 − ηλ) − η·sign(c); m ← β₂m + (1 − β₂)g, checked against <see cref="Lion{T}"/>.
/// </summary>
internal sealed class LionStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "lion-step";

    /// <inheritdoc />
    public override string Title => "Lion step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "M"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var length = random.Next(3, 7);
        var steps = random.Next(4, 7);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, length, 2),
            Gradients = ExerciseRandom.Gradients(random, steps, length, 3),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.01, 0.2),
            Beta1 = ExerciseRandom.Uniform(random, 0.8, 0.95),
            Beta2 = ExerciseRandom.Uniform(random, 0.96, 0.999),
            WeightDecay = ExerciseRandom.Uniform(random, 0.05, 0.5),
            HyperparameterNames = ["lr", "beta1", "beta2", "weightDecay"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        LibraryTrajectory.Run(
            stepCase,
            1,
            p => new Lion<double>([p], new LionOptions(LearningRate: stepCase.LearningRate, Beta1: stepCase.Beta1, Beta2: stepCase.Beta2, WeightDecay: stepCase.WeightDecay)),
            (o, p) => [o.StateOf(p)!.ExpAvg.ToArray()]);

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.WrongSign, (c, k, s) => Step(c, k, s, sign: +1)),
        new(Misconceptions.LionMomentumBeforeSign, (c, k, s) => Step(c, k, s, interpolate: c.Beta2)),
        new(Misconceptions.BetasSwapped, (c, k, s) => Step(c, k, s, interpolate: c.Beta2, remember: c.Beta1)),
        new(Misconceptions.LionSignMissing, (c, k, s) => Step(c, k, s, direction: x => x)),
        new(Misconceptions.MissingWeightDecay, (c, k, s) => Step(c, k, s, decay: 0)),
        new(Misconceptions.DecayWithoutLearningRate, (c, k, s) => Step(c, k, s, decay: c.WeightDecay / c.LearningRate)),
        new(Misconceptions.StateNotUpdated, (c, k, s) => [Step(c, k, s)[0], s[1]]),
    ];

    /// <summary>One step with switches: <paramref name="interpolate"/> is the β of c, <paramref name="remember"/> the β of m.</summary>
    private static double[][] Step(StepCase c, int k, double[][] s, double sign = -1, double? interpolate = null, double? remember = null, Func<double, double>? direction = null, double? decay = null)
    {
        var (w, m, g) = (s[0], s[1], c.Gradients[k]);
        var b1 = interpolate ?? c.Beta1;
        var b2 = remember ?? c.Beta2;
        var lambda = decay ?? c.WeightDecay;
        var update = Build(w.Length, i => (direction ?? (x => Math.Sign(x)))((b1 * m[i]) + ((1 - b1) * g[i])));
        return
        [
            Build(w.Length, i => (w[i] * (1 - (c.LearningRate * lambda))) + (sign * c.LearningRate * update[i])),
            Build(w.Length, i => (b2 * m[i]) + ((1 - b2) * g[i])),
        ];
    }
}
