namespace Course.Training.Schedules;

/// <summary>
/// Runs schedules one after another: the first until the first milestone, then the second restarted at its own
/// step 0, and so on (PyTorch's <c>SequentialLR(schedulers, milestones)</c>).
/// For milestones m₁ &lt; m₂ &lt; …: Factor(t) = sᵢ(t − mᵢ) for mᵢ ≤ t &lt; mᵢ₊₁, with m₀ = 0.
/// </summary>
public sealed class SequentialSchedule : ILearningRateSchedule
{
    private readonly ILearningRateSchedule[] _schedules;
    private readonly int[] _milestones;

    /// <summary>Creates the sequence.</summary>
    /// <param name="schedules">The schedules in order, at least one.</param>
    /// <param name="milestones">The steps at which to switch, strictly increasing and ≥ 1, one fewer than <paramref name="schedules"/>.</param>
    public SequentialSchedule(IEnumerable<ILearningRateSchedule> schedules, IEnumerable<int> milestones)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(milestones);
        _schedules = schedules.ToArray();
        _milestones = milestones.ToArray();
        if (_schedules.Length == 0 || _schedules.Any(s => s is null))
        {
            throw new ArgumentException("schedules must hold at least one schedule and no nulls.", nameof(schedules));
        }

        if (_milestones.Length != _schedules.Length - 1)
        {
            throw new ArgumentException(
                $"milestones must have one entry fewer than schedules ({_schedules.Length - 1}), but had {_milestones.Length}.", nameof(milestones));
        }

        for (var i = 0; i < _milestones.Length; i++)
        {
            if (_milestones[i] < 1 || (i > 0 && _milestones[i] <= _milestones[i - 1]))
            {
                throw new ArgumentOutOfRangeException(nameof(milestones), _milestones[i], "milestones must be ≥ 1 and strictly increasing.");
            }
        }
    }

    /// <summary>The schedules in order.</summary>
    public IReadOnlyList<ILearningRateSchedule> Schedules => _schedules;

    /// <summary>The steps at which the next schedule takes over.</summary>
    public IReadOnlyList<int> Milestones => _milestones;

    /// <inheritdoc />
    public double Factor(int step)
    {
        ScheduleArguments.Step(step);
        var index = 0;
        while (index < _milestones.Length && step >= _milestones[index])
        {
            index++;
        }

        var start = index == 0 ? 0 : _milestones[index - 1];
        return _schedules[index].Factor(step - start);
    }
}
