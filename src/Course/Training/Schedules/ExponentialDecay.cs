using static Course.Training.Schedules.ScheduleArguments;

namespace Course.Training.Schedules;

/// <summary>Multiplies the learning rate by γ every step: Factor(t) = γᵗ (PyTorch's <c>ExponentialLR</c>).</summary>
/// <param name="Gamma">The per-step decay factor γ &gt; 0, usually just below 1.</param>
public sealed record ExponentialDecay(double Gamma) : ILearningRateSchedule
{
    /// <summary>The per-step decay factor γ &gt; 0.</summary>
    public double Gamma { get; } = Positive(Gamma, nameof(Gamma));

    /// <inheritdoc />
    public double Factor(int step) => Math.Pow(Gamma, Step(step));
}
