namespace Course.Training.Schedules;

/// <summary>
/// A learning-rate schedule: the factor by which each parameter group's initial learning rate is multiplied
/// after a number of scheduler steps, lr(t) = InitialLearningRate · Factor(t), as a
/// <c>torch.optim.lr_scheduler</c> scheduler's closed form.
/// </summary>
/// <remarks>
/// A step t is whatever the caller counts: an epoch or an optimizer step. Apply one with
/// <see cref="LearningRateScheduler"/>, which sets the optimizer's learning rates for t = 0, 1, 2, …
/// </remarks>
public interface ILearningRateSchedule
{
    /// <summary>The multiplier of the initial learning rate after <paramref name="step"/> scheduler steps (t ≥ 0).</summary>
    double Factor(int step);
}
