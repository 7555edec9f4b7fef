using Course.Surfaces;
using Plotly.NET;

namespace Course.Charts;

/// <summary>Loss curves: several runs against steps or epochs on one chart.</summary>
public static class LossChart
{
    /// <summary>One loss curve per series, by default on a logarithmic y axis.</summary>
    /// <param name="series">The runs, each a named list of losses (and optionally their x values).</param>
    /// <param name="xTitle">"step", "epoch" or "gradient evaluations".</param>
    /// <param name="logY">Logarithmic loss axis, which shows linear convergence as a straight line.</param>
    /// <param name="title">The chart title, or null.</param>
    public static GenericChart Curves(IEnumerable<Series> series, string xTitle = "step", bool logY = true, string? title = null) =>
        LineChart.Of(series, xTitle, "loss", title, logY: logY);

    /// <summary>The loss along each trajectory, named by its optimizer unless <paramref name="names"/> is given.</summary>
    public static GenericChart Of(IEnumerable<TrajectoryResult> trajectories, IEnumerable<string>? names = null, bool logY = true, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(trajectories);
        var runs = trajectories.ToArray();
        var labels = ChartArguments.Names(runs, names, nameof(names));
        return Curves(runs.Select((r, i) => new Series(labels[i], r.Losses)), "step", logY, title ?? runs.FirstOrDefault()?.SurfaceName);
    }
}
