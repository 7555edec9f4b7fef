using Course.Surfaces;
using Plotly.NET;

namespace Course.Charts;

/// <summary>Learning-rate sweeps: the final loss against the learning rate, on logarithmic axes.</summary>
public static class SweepChart
{
    /// <summary>
    /// One line with markers per series; each series' X holds the learning rates and Y the final losses.
    /// A non-finite loss (a diverged run) leaves a gap, so the cliff where training blows up is visible.
    /// </summary>
    /// <param name="series">The sweeps, for example one per optimizer; every series needs X.</param>
    /// <param name="xTitle">The knob's name.</param>
    /// <param name="yTitle">What was measured.</param>
    /// <param name="logY">Logarithmic loss axis.</param>
    /// <param name="title">The chart title, or null.</param>
    public static GenericChart FinalLoss(IEnumerable<Series> series, string xTitle = "learning rate", string yTitle = "final loss", bool logY = true, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sweeps = series.ToArray();
        if (sweeps.Any(s => s?.X is null))
        {
            throw new ArgumentException("Every sweep series needs X (the learning rates).", nameof(series));
        }

        return LineChart.Of(sweeps, xTitle, yTitle, title, logX: true, logY: logY, showMarkers: true);
    }

    /// <summary>The final loss of each run against its learning rate; a diverged run counts as a gap.</summary>
    /// <param name="learningRates">The learning rate of each run.</param>
    /// <param name="runs">The runs, in the same order.</param>
    /// <param name="name">The legend name; the first run's optimizer name by default.</param>
    public static GenericChart FromTrajectories(IReadOnlyList<double> learningRates, IReadOnlyList<TrajectoryResult> runs, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(runs);
        if (learningRates.Count != runs.Count || runs.Count == 0)
        {
            throw new ArgumentException($"Give one run per learning rate (got {learningRates.Count} rates and {runs.Count} runs), at least one.", nameof(runs));
        }

        var losses = runs.Select(r => r.Diverged ? double.NaN : r.FinalLoss).ToArray();
        return FinalLoss([new Series(name ?? runs[0].OptimizerName, losses, learningRates)], title: runs[0].SurfaceName);
    }
}
