using System.Collections.Concurrent;

namespace Course.Training.Studies;

/// <summary>
/// A learning-rate sweep that keeps going until it brackets the optimum: every learning rate of a log grid is
/// run with several seeds, and while the best mean score sits at an end of the grid the grid is extended one
/// step further in that direction. A best learning rate at the edge of a grid says only "the optimum is
/// somewhere out there"; a comparison between optimizers needs it inside.
/// </summary>
public static class LearningRateSweep
{
    /// <summary>Runs the sweep.</summary>
    /// <typeparam name="TRun">What one run returns, such as a <see cref="TrainingHistory"/>.</typeparam>
    /// <param name="run">Trains once at a learning rate with a seed (0, 1, …); called in parallel, so it must not share mutable state.</param>
    /// <param name="score">The number to minimise for a run, such as its final validation loss; non-finite means diverged.</param>
    /// <param name="learningRates">The initial grid, at least one positive learning rate.</param>
    /// <param name="seeds">Runs per learning rate, ≥ 1.</param>
    /// <param name="stepFactor">The ratio between a new learning rate and the end of the grid it extends, &gt; 1; √10 by default.</param>
    /// <param name="maxExtensions">At most this many learning rates are added, ≥ 0.</param>
    /// <param name="cancellationToken">Stops the sweep between runs; when not given, the notebook cell's interrupt does (<see cref="CellCancellation"/>).</param>
    /// <returns>Every learning rate tried, in increasing order, with its runs and scores.</returns>
    public static SweepResult<TRun> Run<TRun>(
        Func<double, int, TRun> run,
        Func<TRun, double> score,
        IEnumerable<double> learningRates,
        int seeds = 5,
        double stepFactor = 3.1622776601683795,
        int maxExtensions = 8,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExtensions);
        if (!(stepFactor > 1) || double.IsInfinity(stepFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(stepFactor), stepFactor, $"stepFactor must be a finite number > 1, but was {stepFactor}.");
        }

        var grid = learningRates.Distinct().Order().ToList();
        if (grid.Count == 0 || grid.Any(lr => !(lr > 0) || double.IsInfinity(lr)))
        {
            throw new ArgumentException("learningRates needs at least one learning rate, each a finite number > 0.", nameof(learningRates));
        }

        var points = Evaluate(grid, run, score, seeds, cancellationToken);
        var extensions = 0;
        while (extensions < maxExtensions)
        {
            var result = new SweepResult<TRun>(points, extensions);
            var best = result.Best;
            double next;
            if (best is null || best == points[0])
            {
                next = points[0].LearningRate / stepFactor;
            }
            else if (best == points[^1])
            {
                next = points[^1].LearningRate * stepFactor;
            }
            else
            {
                return result;
            }

            points = [.. points.Concat(Evaluate([next], run, score, seeds, cancellationToken)).OrderBy(p => p.LearningRate)];
            extensions++;
        }

        return new SweepResult<TRun>(points, extensions);
    }

    private static List<SweepPoint<TRun>> Evaluate<TRun>(IReadOnlyList<double> grid, Func<double, int, TRun> run, Func<TRun, double> score, int seeds, CancellationToken cancellationToken)
    {
        var runs = new ConcurrentDictionary<(int Rate, int Seed), TRun>();
        var jobs = grid.SelectMany((_, i) => Enumerable.Range(0, seeds).Select(seed => (Rate: i, Seed: seed))).ToArray();
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = CellCancellation.Or(cancellationToken) }, job => runs[job] = run(grid[job.Rate], job.Seed));
        return grid.Select((lr, i) =>
        {
            var seedRuns = Enumerable.Range(0, seeds).Select(seed => runs[(i, seed)]).ToArray();
            var scores = seedRuns.Select(score).ToArray();
            return new SweepPoint<TRun>(lr, seedRuns, scores, MeanInterval.Of(scores));
        }).ToList();
    }
}
