namespace Course.Training.Studies;

/// <summary>One learning rate of a sweep: every seed's run, its score, and their mean with an interval.</summary>
/// <typeparam name="TRun">What one run returns, such as a <see cref="TrainingHistory"/>.</typeparam>
/// <param name="LearningRate">The learning rate all these runs used.</param>
/// <param name="Runs">One run per seed, seed 0 first.</param>
/// <param name="Scores">Each run's score (lower is better); non-finite for a diverged run.</param>
/// <param name="Score">The mean score over seeds with its confidence interval.</param>
public sealed record SweepPoint<TRun>(double LearningRate, IReadOnlyList<TRun> Runs, IReadOnlyList<double> Scores, MeanInterval Score)
{
    /// <summary>How many of the seeds' runs diverged (a non-finite score).</summary>
    public int Diverged => Scores.Count(s => !double.IsFinite(s));
}
