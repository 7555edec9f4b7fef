using Course.Optimizers;

namespace Course.Training.Schedules;

/// <summary>
/// Drives an optimizer's learning rates from a schedule, as a <c>torch.optim.lr_scheduler</c> object does:
/// on creation every group's learning rate becomes InitialLearningRate · Factor(0), and each <see cref="Step"/>
/// advances t by one and sets InitialLearningRate · Factor(t).
/// </summary>
/// <remarks>Call <see cref="Step"/> after the optimizer's step, once per epoch or once per batch, as the schedule was designed for.</remarks>
public sealed class LearningRateScheduler
{
    /// <summary>Attaches <paramref name="schedule"/> to <paramref name="optimizer"/> and applies step 0.</summary>
    public LearningRateScheduler(IOptimizer optimizer, ILearningRateSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(schedule);
        Optimizer = optimizer;
        Schedule = schedule;
        Apply();
    }

    /// <summary>The optimizer whose groups this scheduler sets.</summary>
    public IOptimizer Optimizer { get; }

    /// <summary>The schedule followed.</summary>
    public ILearningRateSchedule Schedule { get; }

    /// <summary>t, the number of <see cref="Step"/> calls so far (PyTorch's <c>last_epoch</c>).</summary>
    public int StepCount { get; private set; }

    /// <summary>The factor in effect now, Factor(t).</summary>
    public double CurrentFactor => Schedule.Factor(StepCount);

    /// <summary>Each group's learning rate now (PyTorch's <c>get_last_lr()</c>).</summary>
    public IReadOnlyList<double> LearningRates => Optimizer.ParameterGroups.Select(g => g.LearningRate).ToArray();

    /// <summary>Advances t by one and sets every group's learning rate to InitialLearningRate · Factor(t).</summary>
    public void Step()
    {
        StepCount++;
        Apply();
    }

    private void Apply()
    {
        var factor = Schedule.Factor(StepCount);
        if (!double.IsFinite(factor) || factor < 0)
        {
            throw new InvalidOperationException($"The schedule gave the factor {factor} at step {StepCount}; factors must be finite and ≥ 0.");
        }

        foreach (var group in Optimizer.ParameterGroups)
        {
            group.LearningRate = group.InitialLearningRate * factor;
        }
    }
}
