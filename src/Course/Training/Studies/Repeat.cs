namespace Course.Training.Studies;

/// <summary>The same experiment repeated over seeds 0, 1, …, in parallel — the raw material of a <see cref="MeanInterval"/>.</summary>
public static class Repeat
{
    /// <summary>Runs <paramref name="run"/> once per seed, on all cores, and returns the results in seed order.</summary>
    /// <typeparam name="TRun">What one run returns.</typeparam>
    /// <param name="seeds">How many seeds, ≥ 1.</param>
    /// <param name="run">One run for a seed; called in parallel, so it must not share mutable state.</param>
    /// <param name="cancellationToken">Stops between runs; when not given, the notebook cell's interrupt does (<see cref="CellCancellation"/>).</param>
    /// <returns>One result per seed, seed 0 first.</returns>
    public static TRun[] OverSeeds<TRun>(int seeds, Func<int, TRun> run, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        ArgumentNullException.ThrowIfNull(run);
        var results = new TRun[seeds];
        Parallel.For(0, seeds, new ParallelOptions { CancellationToken = CellCancellation.Or(cancellationToken) }, seed => results[seed] = run(seed));
        return results;
    }
}
