using Course.Optimizers;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "adamw-step" exercise: w ← w(1 − ηλ), then Adam's step with the plain gradient, checked against
/// <see cref="AdamW{T}"/>.
/// </summary>
internal sealed class AdamWStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "adamw-step";

    /// <inheritdoc />
    public override string Title => "AdamW step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "M", "V"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number) => Cases.Adam(random, number, weightDecay: true);

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        LibraryTrajectory.Run(
            stepCase,
            2,
            p => new AdamW<double>([p], new AdamWOptions(LearningRate: stepCase.LearningRate, Beta1: stepCase.Beta1, Beta2: stepCase.Beta2, Eps: stepCase.Eps, WeightDecay: stepCase.WeightDecay)),
            (o, p) => [o.StateOf(p)!.ExpAvg.ToArray(), o.StateOf(p)!.ExpAvgSq.ToArray()]);

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) => $"grad = {VectorText.Of(stepCase.Gradients[step])}, t = {step + 1}";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.CoupledWeightDecay, new AdamMath { Decay = AdamMath.DecayPlacement.None, CoupledDecay = true }),
        Make(Misconceptions.MissingWeightDecay, new AdamMath { Decay = AdamMath.DecayPlacement.None }),
        Make(Misconceptions.DecayWithoutLearningRate, new AdamMath { DecayTimesLearningRate = false }),
        Make(Misconceptions.DecayAfterStep, new AdamMath { Decay = AdamMath.DecayPlacement.After }),
        Make(Misconceptions.NoBiasCorrection, new AdamMath { CorrectFirst = false, CorrectSecond = false }),
        Make(Misconceptions.BiasCorrectionFromZero, new AdamMath { StepOffset = -1 }),
        Make(Misconceptions.EpsInsideSqrt, new AdamMath { EpsInside = true }),
        Make(Misconceptions.StoredCorrectedMoments, new AdamMath { StoreCorrected = true }),
        Make(Misconceptions.WrongSign, new AdamMath { Sign = 1 }),
    ];

    private static Variant Make(Misconception misconception, AdamMath math) =>
        new(misconception, (c, k, s) => math.Step(c, k, s, c.WeightDecay));
}
