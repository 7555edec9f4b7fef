using static Course.Training.Schedules.ScheduleArguments;

namespace Course.Training.Schedules;

/// <summary>
/// Polynomial decay in time: Factor(t) = (1 + γ·t)^(−p). With p = 1 this is the 1/t decay of the classical
/// stochastic-approximation results (Robbins &amp; Monro 1951), whose sum diverges while the sum of squares
/// converges; with p = ½ it is 1/√t decay, AdaGrad's implicit rate on steady gradients (lesson 05).
/// </summary>
/// <param name="Gamma">γ &gt; 0: the factor halves (for p = 1) after 1/γ steps.</param>
/// <param name="Power">p &gt; 0: 1 for 1/t, 0.5 for 1/√t.</param>
public sealed record InverseTimeDecay(double Gamma, double Power = 1) : ILearningRateSchedule
{
    /// <summary>γ &gt; 0, how fast time is counted.</summary>
    public double Gamma { get; } = Positive(Gamma, nameof(Gamma));

    /// <summary>p &gt; 0, the power of the decay.</summary>
    public double Power { get; } = Positive(Power, nameof(Power));

    /// <inheritdoc />
    public double Factor(int step) => Math.Pow(1 + (Gamma * Step(step)), -Power);
}
