using Course.Surfaces;
using Plotly.NET;

namespace Course.Charts;

/// <summary>Contour plots of a surface with optimizer trajectories drawn on top.</summary>
public static class SurfaceChart
{
    /// <summary>
    /// The surface's contours over its <see cref="ISurface.Bounds"/> (faded, so the paths stand out), its minima as
    /// stars, and each trajectory as a line in its own colour, earlier ones wider and underneath so that overlapping
    /// paths stay visible, with start and end markers (a diverged run ends, with a cross, where it left the finite
    /// numbers). The axes stay fixed to the bounds, so a run that flies off does not rescale the picture.
    /// </summary>
    /// <param name="surface">The surface.</param>
    /// <param name="trajectories">Runs to overlay, usually from <see cref="Trajectory.Run"/>; may be empty.</param>
    /// <param name="names">Legend names, one per trajectory; by default each run's optimizer name.</param>
    /// <param name="scale">Linear or logarithmic contour levels; <see cref="ContourScale.Auto"/> picks log for Rosenbrock-like ranges.</param>
    /// <param name="resolution">Grid points per axis, ≥ 10.</param>
    /// <param name="title">The chart title; the surface's name by default.</param>
    /// <param name="markEnds">Mark where each path starts (hollow circle) and ends (filled circle, or a cross where it diverged).</param>
    public static GenericChart Contour(
        ISurface surface,
        IEnumerable<TrajectoryResult>? trajectories = null,
        IEnumerable<string>? names = null,
        ContourScale scale = ContourScale.Auto,
        int resolution = 80,
        string? title = null,
        bool markEnds = true)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var runs = trajectories?.ToArray() ?? [];
        var labels = ChartArguments.Names(runs, names, nameof(names));
        var traces = Background(surface, scale, resolution)
            .Concat(PathTraces.Of(runs, labels, markEnds))
            .Concat(markEnds && runs.Length > 0 ? PathTraces.LegendKeys() : []);
        return PlotlyObjects.Chart(traces, Layout(surface, title ?? surface.Name));
    }

    /// <summary>The contour of <paramref name="surface"/> with these trajectories (named by their optimizers).</summary>
    public static GenericChart Contour(ISurface surface, params TrajectoryResult[] trajectories) => Contour(surface, trajectories, names: null);

    /// <summary>The contour trace, then the minima markers (when the surface has minima).</summary>
    internal static IEnumerable<Trace> Background(ISurface surface, ContourScale scale, int resolution)
    {
        var grid = SurfaceGrid.Sample(surface, resolution, scale);
        var label = grid.IsLog ? "log₁₀ f" : "f";
        yield return new Trace2D("contour")
            .With("x", grid.X)
            .With("y", grid.Y)
            .With("z", new ContourValues(grid.Z))
            .With("name", surface.Name)
            .With("ncontours", 30)
            .With("colorscale", "Viridis")
            .With("opacity", 0.55)
            .With("showlegend", false)
            .With("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = label } })
            .With("hovertemplate", $"x=%{{x:.3f}}<br>y=%{{y:.3f}}<br>{label}=%{{z:.4g}}<extra></extra>");

        if (surface.Minima.Count > 0)
        {
            yield return PlotlyObjects.Scatter(surface.Minima.Select(m => m.X), surface.Minima.Select(m => m.Y), "minimum", "markers")
                .With("marker", new Dictionary<string, object> { ["symbol"] = "star", ["size"] = 14, ["color"] = "white", ["line"] = new Dictionary<string, object> { ["color"] = "black", ["width"] = 1 } });
        }
    }

    /// <summary>
    /// Axes fixed to the surface's bounds; <paramref name="extraHeight"/> pixels added below for a slider. The legend
    /// (paths, start and end keys) is the shared one (<see cref="PlotlyObjects.Legend"/>): rows at the bottom of the
    /// figure, under the axis title and any slider, clear of the title.
    /// </summary>
    internal static Layout Layout(ISurface surface, string title, int extraHeight = 0)
    {
        var b = surface.Bounds;
        return PlotlyObjects.Layout(title, PlotlyObjects.Axis("x", range: [b.XMin, b.XMax]), PlotlyObjects.Axis("y", range: [b.YMin, b.YMax]), (extraHeight == 0 ? 610 : 560) + extraHeight);
    }
}
