namespace Course.Training.Schedules;

/// <summary>
/// Applies several schedules at once: Factor(t) = Π sᵢ(t), the product of their factors at the same step
/// (PyTorch's <c>ChainedScheduler</c> over multiplicative schedulers).
/// </summary>
public sealed class ChainedSchedule : ILearningRateSchedule
{
    private readonly ILearningRateSchedule[] _schedules;

    /// <summary>Creates the product of <paramref name="schedules"/>, at least one.</summary>
    public ChainedSchedule(params ILearningRateSchedule[] schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        if (schedules.Length == 0 || schedules.Any(s => s is null))
        {
            throw new ArgumentException("schedules must hold at least one schedule and no nulls.", nameof(schedules));
        }

        _schedules = [.. schedules];
    }

    /// <summary>The schedules multiplied together.</summary>
    public IReadOnlyList<ILearningRateSchedule> Schedules => _schedules;

    /// <inheritdoc />
    public double Factor(int step) => _schedules.Aggregate(1.0, (product, s) => product * s.Factor(step));
}
