using static Course.Training.Schedules.ScheduleArguments;

namespace Course.Training.Schedules;

/// <summary>
/// Raises the factor linearly from <see cref="StartFactor"/> to 1 over <see cref="Steps"/> steps, then holds 1:
/// Factor(t) = s + (1 − s)·min(t, T)/T (PyTorch's <c>LinearLR(start_factor=s, total_iters=T)</c>).
/// </summary>
/// <remarks>
/// Warmup keeps the first steps small while the gradient is changing fast and adaptive optimizers' moment
/// estimates are still noisy; Goyal et al. (2017) needed it to make large-batch SGD with the linear scaling rule work.
/// </remarks>
/// <param name="Steps">T, the number of warmup steps, ≥ 1.</param>
/// <param name="StartFactor">s in (0, 1], the factor at step 0 (PyTorch's default 1/3).</param>
public sealed record LinearWarmup(int Steps, double StartFactor = 1.0 / 3) : ILearningRateSchedule
{
    /// <summary>T, the number of warmup steps.</summary>
    public int Steps { get; } = Steps >= 1
        ? Steps
        : throw new ArgumentOutOfRangeException(nameof(Steps), Steps, $"Steps must be ≥ 1, but was {Steps}.");

    /// <summary>s, the factor at step 0.</summary>
    public double StartFactor { get; } = StartFactor is > 0 and <= 1
        ? StartFactor
        : throw new ArgumentOutOfRangeException(nameof(StartFactor), StartFactor, $"StartFactor must be in (0, 1], but was {StartFactor}.");

    /// <inheritdoc />
    public double Factor(int step) => StartFactor + ((1 - StartFactor) * Math.Min(Step(step), Steps) / Steps);
}
