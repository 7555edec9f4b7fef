namespace Course.Training.Schedules;

/// <summary>Shortcuts for common schedules and for reading any schedule as numbers.</summary>
public static class Schedule
{
    /// <summary>
    /// Linear warmup for <paramref name="warmupSteps"/> steps, then cosine annealing to <paramref name="minFactor"/>
    /// at <paramref name="totalSteps"/>: <c>SequentialLR([LinearLR, CosineAnnealingLR], milestones=[warmupSteps])</c>.
    /// </summary>
    /// <param name="warmupSteps">Warmup length W, ≥ 1.</param>
    /// <param name="totalSteps">Total length, &gt; W; the cosine lasts totalSteps − W steps.</param>
    /// <param name="warmupStartFactor">The factor at step 0, in (0, 1].</param>
    /// <param name="minFactor">The factor at the end, in [0, 1].</param>
    public static SequentialSchedule WarmupCosine(int warmupSteps, int totalSteps, double warmupStartFactor = 1.0 / 3, double minFactor = 0)
    {
        if (totalSteps <= warmupSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, $"totalSteps must be greater than warmupSteps ({warmupSteps}), but was {totalSteps}.");
        }

        return new SequentialSchedule(
            [new LinearWarmup(warmupSteps, warmupStartFactor), new CosineAnnealing(totalSteps - warmupSteps, minFactor)],
            [warmupSteps]);
    }

    /// <summary>The factors for steps 0 … <paramref name="steps"/> − 1, for plotting a schedule.</summary>
    public static double[] Factors(this ILearningRateSchedule schedule, int steps)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return Enumerable.Range(0, steps).Select(schedule.Factor).ToArray();
    }

    /// <summary>The learning rates initialLearningRate · Factor(t) for steps 0 … <paramref name="steps"/> − 1.</summary>
    public static double[] LearningRates(this ILearningRateSchedule schedule, double initialLearningRate, int steps)
    {
        Optimizers.Hyperparameter.RequireNonNegative(initialLearningRate, nameof(initialLearningRate));
        return schedule.Factors(steps).Select(f => initialLearningRate * f).ToArray();
    }
}
