using System.Globalization;
using Course.Surfaces;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// Charts with a slider over a knob (learning rate, momentum μ, β₁ …) whose positions are precomputed runs:
/// moving the slider shows another run. Everything is in the page, so it works in the static site too.
/// </summary>
public static class SliderChart
{
    /// <summary>A contour of the surface with one trajectory per knob value, chosen by the slider.</summary>
    /// <param name="surface">The surface.</param>
    /// <param name="knobValues">The knob's values, one per slider position.</param>
    /// <param name="runs">The run for each knob value, in the same order.</param>
    /// <param name="knobName">The knob's name shown beside the slider, such as "learning rate" or "μ".</param>
    /// <param name="active">The slider position shown first.</param>
    /// <param name="scale">Contour level spacing.</param>
    /// <param name="resolution">Contour grid points per axis.</param>
    public static GenericChart Trajectories(
        ISurface surface,
        IReadOnlyList<double> knobValues,
        IReadOnlyList<TrajectoryResult> runs,
        string knobName = "learning rate",
        int active = 0,
        ContourScale scale = ContourScale.Auto,
        int resolution = 80)
    {
        ArgumentNullException.ThrowIfNull(runs);
        CheckFrames(knobValues, runs.Select(r => new[] { r }).ToArray(), nameof(runs));
        return TrajectoryGroups(surface, knobValues, runs.Select(r => (IReadOnlyList<TrajectoryResult>)[r]).ToArray(), knobName, active, scale, resolution);
    }

    /// <summary>Runs <paramref name="run"/> for every knob value, then builds <see cref="Trajectories(ISurface, IReadOnlyList{double}, IReadOnlyList{TrajectoryResult}, string, int, ContourScale, int)"/>.</summary>
    /// <example><code>
    /// SliderChart.Trajectories(new IllConditionedQuadratic(20), [0.01, 0.05, 0.09, 0.11],
    ///     lr =&gt; Trajectory.Run(surface, p =&gt; new Sgd&lt;double&gt;([p], new SgdOptions(LearningRate: lr)), steps: 50))
    /// </code></example>
    public static GenericChart Trajectories(
        ISurface surface,
        IReadOnlyList<double> knobValues,
        Func<double, TrajectoryResult> run,
        string knobName = "learning rate",
        int active = 0,
        ContourScale scale = ContourScale.Auto,
        int resolution = 80)
    {
        ArgumentNullException.ThrowIfNull(knobValues);
        ArgumentNullException.ThrowIfNull(run);
        return Trajectories(surface, knobValues, knobValues.Select(run).ToArray(), knobName, active, scale, resolution);
    }

    /// <summary>
    /// A contour with several trajectories per knob value (for example classic and Nesterov momentum at each μ);
    /// the slider switches the whole group.
    /// </summary>
    /// <param name="surface">The surface.</param>
    /// <param name="knobValues">The knob's values, one per slider position.</param>
    /// <param name="groups">For each knob value, the runs to show together; named by their optimizers.</param>
    /// <param name="knobName">The knob's name.</param>
    /// <param name="active">The slider position shown first.</param>
    /// <param name="scale">Contour level spacing.</param>
    /// <param name="resolution">Contour grid points per axis.</param>
    public static GenericChart TrajectoryGroups(
        ISurface surface,
        IReadOnlyList<double> knobValues,
        IReadOnlyList<IReadOnlyList<TrajectoryResult>> groups,
        string knobName = "learning rate",
        int active = 0,
        ContourScale scale = ContourScale.Auto,
        int resolution = 80)
    {
        ArgumentNullException.ThrowIfNull(surface);
        CheckFrames(knobValues, groups, nameof(groups));
        var frames = knobValues.Select((value, i) => new SliderFrame(
            Label(value),
            PathTraces.Of(groups[i], groups[i].Select(run => run.OptimizerName).ToArray(), markEnds: true).ToArray(),
            $"{surface.Name}, {knobName} = {Label(value)}: {string.Join(" · ", groups[i].Select(Outcome))}")).ToArray();
        var background = SurfaceChart.Background(surface, scale, resolution).Concat(PathTraces.LegendKeys()).ToArray();
        return SliderFrames.Build(background, frames, knobName, SurfaceChart.Layout(surface, surface.Name, extraHeight: 90), active);
    }

    /// <summary>Line charts, one set of series per knob value, chosen by the slider; the axes stay fixed across positions.</summary>
    /// <param name="knobValues">The knob's values, one per slider position.</param>
    /// <param name="frames">For each knob value, the series to show.</param>
    /// <param name="knobName">The knob's name.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="active">The slider position shown first.</param>
    public static GenericChart Lines(
        IReadOnlyList<double> knobValues,
        IReadOnlyList<IReadOnlyList<Series>> frames,
        string knobName,
        string xTitle = "step",
        string yTitle = "value",
        bool logY = false,
        int active = 0)
    {
        CheckFrames(knobValues, frames, nameof(frames));
        var all = frames.SelectMany(f => f.Select(s => s.Validated())).ToArray();
        var sliderFrames = knobValues.Select((value, i) => new SliderFrame(
            Label(value),
            frames[i].Select(s => (Trace)SeriesTrace.Of(s, showMarkers: false)).ToArray(),
            $"{knobName} = {Label(value)}")).ToArray();
        var layout = PlotlyObjects.Layout(
            null,
            PlotlyObjects.Axis(xTitle, range: AxisRange.Padded(all.SelectMany(s => s.XOrIndex), log: false)),
            PlotlyObjects.Axis(yTitle, logY, AxisRange.Padded(all.SelectMany(s => s.Y), logY)),
            570);
        return SliderFrames.Build([], sliderFrames, knobName, layout, active);
    }

    private static void CheckFrames<T>(IReadOnlyList<double> knobValues, IReadOnlyList<IReadOnlyList<T>> frames, string argument)
    {
        ArgumentNullException.ThrowIfNull(knobValues);
        ArgumentNullException.ThrowIfNull(frames, argument);
        if (knobValues.Count == 0 || knobValues.Count != frames.Count)
        {
            throw new ArgumentException($"Give one frame per knob value, at least one (got {knobValues.Count} values and {frames.Count} frames).", argument);
        }

        if (frames.Any(f => f is null || f.Count == 0 || f.Any(item => item is null)))
        {
            throw new ArgumentException("Every frame needs at least one item and no nulls.", argument);
        }
    }

    private static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Outcome(TrajectoryResult run) => run.Diverged
        ? $"{run.OptimizerName} diverged at step {run.DivergedAtStep}"
        : $"{run.OptimizerName} loss {run.FinalLoss.ToString("G3", CultureInfo.InvariantCulture)}";
}
