using Course.Optimizers;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "adam-step" exercise: m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; w ← w − η·m̂/(√v̂ + ε) with
/// m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), checked against <see cref="Adam{T}"/>.
/// </summary>
internal sealed class AdamStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "adam-step";

    /// <inheritdoc />
    public override string Title => "Adam step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "M", "V"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number) => Cases.Adam(random, number, weightDecay: false);

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase) =>
        LibraryTrajectory.Run(
            stepCase,
            2,
            p => new Adam<double>([p], new AdamOptions(LearningRate: stepCase.LearningRate, Beta1: stepCase.Beta1, Beta2: stepCase.Beta2, Eps: stepCase.Eps)),
            (o, p) => [o.StateOf(p)!.ExpAvg.ToArray(), o.StateOf(p)!.ExpAvgSq.ToArray()]);

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) => $"grad = {VectorText.Of(stepCase.Gradients[step])}, t = {step + 1}";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.NoBiasCorrection, new AdamMath { CorrectFirst = false, CorrectSecond = false }),
        Make(Misconceptions.BiasCorrectionFromZero, new AdamMath { StepOffset = -1 }),
        Make(Misconceptions.PartialBiasCorrection, new AdamMath { CorrectSecond = false }),
        Make(Misconceptions.EpsInsideSqrt, new AdamMath { EpsInside = true }),
        Make(Misconceptions.ForgotToSquare, new AdamMath { Square = false }),
        Make(Misconceptions.StoredCorrectedMoments, new AdamMath { StoreCorrected = true }),
        Make(Misconceptions.BetasSwapped, new AdamMath { SwapBetas = true }),
        Make(Misconceptions.MissingOneMinusDecay, new AdamMath { OneMinusBeta = false }),
        Make(Misconceptions.WrongSign, new AdamMath { Sign = 1 }),
    ];

    private static Variant Make(Misconception misconception, AdamMath math) =>
        new(misconception, (c, k, s) => math.Step(c, k, s, weightDecay: 0));
}
