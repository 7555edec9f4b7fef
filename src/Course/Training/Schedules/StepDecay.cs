using static Course.Training.Schedules.ScheduleArguments;

namespace Course.Training.Schedules;

/// <summary>
/// Multiplies the learning rate by γ every <see cref="StepSize"/> steps: Factor(t) = γ^⌊t / StepSize⌋
/// (PyTorch's <c>StepLR</c>).
/// </summary>
/// <param name="StepSize">Steps between decays, ≥ 1.</param>
/// <param name="Gamma">The decay factor γ &gt; 0 (PyTorch's default 0.1).</param>
public sealed record StepDecay(int StepSize, double Gamma = 0.1) : ILearningRateSchedule
{
    /// <summary>Steps between decays, ≥ 1.</summary>
    public int StepSize { get; } = StepSize >= 1
        ? StepSize
        : throw new ArgumentOutOfRangeException(nameof(StepSize), StepSize, $"StepSize must be ≥ 1, but was {StepSize}.");

    /// <summary>The decay factor γ &gt; 0.</summary>
    public double Gamma { get; } = Positive(Gamma, nameof(Gamma));

    /// <inheritdoc />
    public double Factor(int step) => Math.Pow(Gamma, Step(step) / StepSize);
}
