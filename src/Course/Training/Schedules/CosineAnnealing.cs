using static Course.Training.Schedules.ScheduleArguments;

namespace Course.Training.Schedules;

/// <summary>
/// Half a cosine from 1 down to <see cref="MinFactor"/> over <see cref="Steps"/> steps, then held there:
/// Factor(t) = m + (1 − m)·(1 + cos(π·t / T))/2 for t ≤ T, and m after
/// (Loshchilov &amp; Hutter 2017, "SGDR: Stochastic Gradient Descent with Warm Restarts", without restarts).
/// </summary>
/// <remarks>
/// This is PyTorch's <c>CosineAnnealingLR(T_max=T, eta_min=m·lr)</c> up to t = T. Past T, PyTorch's formula
/// keeps following the cosine, so the rate climbs back to the initial one at t = 2T and repeats with period
/// 2T; by default this schedule stays at the minimum instead, which is what a run that outlasts its schedule
/// usually wants. Set <paramref name="ContinuePastEnd"/> to get PyTorch's curve.
/// </remarks>
/// <param name="Steps">T, the length of the half cosine (PyTorch's <c>T_max</c>), ≥ 1.</param>
/// <param name="MinFactor">m, the final factor in [0, 1] (PyTorch's <c>eta_min</c> divided by the initial learning rate).</param>
/// <param name="ContinuePastEnd">
/// False (default): hold m after step T. True: PyTorch's behaviour, m + (1 − m)·(1 + cos(π·t / T))/2 for every t.
/// </param>
public sealed record CosineAnnealing(int Steps, double MinFactor = 0, bool ContinuePastEnd = false) : ILearningRateSchedule
{
    /// <summary>T, the number of steps from the top to the bottom of the cosine, ≥ 1.</summary>
    public int Steps { get; } = Steps >= 1
        ? Steps
        : throw new ArgumentOutOfRangeException(nameof(Steps), Steps, $"Steps must be ≥ 1, but was {Steps}.");

    /// <summary>m, the factor reached at step T.</summary>
    public double MinFactor { get; } = FactorInUnitInterval(MinFactor, nameof(MinFactor));

    /// <inheritdoc />
    public double Factor(int step) => Step(step) >= Steps && !ContinuePastEnd
        ? MinFactor
        : MinFactor + ((1 - MinFactor) * (1 + Math.Cos(Math.PI * step / Steps)) / 2);
}
