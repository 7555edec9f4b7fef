namespace Course.Training.Studies;

/// <summary>The outcome of <see cref="LearningRateSweep.Run{TRun}"/>: every learning rate tried, in increasing order.</summary>
/// <typeparam name="TRun">What one run returns.</typeparam>
/// <param name="Points">Every learning rate tried, smallest first.</param>
/// <param name="Extensions">How many learning rates were added beyond the initial grid to bring the best inside it.</param>
public sealed record SweepResult<TRun>(IReadOnlyList<SweepPoint<TRun>> Points, int Extensions)
{
    /// <summary>
    /// The learning rate with the lowest mean score (the smaller learning rate on a tie); null when every
    /// learning rate diverged on some seed.
    /// </summary>
    public SweepPoint<TRun>? Best => Points.Where(p => p.Score.IsFinite).MinBy(p => p.Score.Mean);

    /// <summary>
    /// Whether the best learning rate has a tried learning rate on each side, so that the grid brackets the
    /// optimum instead of stopping at it.
    /// </summary>
    public bool BestIsInterior => Best is { } best && best != Points[0] && best != Points[^1];

    /// <summary>The learning rates tried, smallest first.</summary>
    public double[] LearningRates => Points.Select(p => p.LearningRate).ToArray();
}
