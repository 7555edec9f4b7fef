using Course.Optimizers;

namespace Course.Surfaces;

/// <summary>Runs an optimizer on a 2-D surface and records where it goes.</summary>
public static class Trajectory
{
    /// <summary>The default blow-up factor: a loss above 10⁶ × max(|f(start)|, 1) counts as divergence.</summary>
    public const double DefaultBlowUpFactor = 1e6;

    /// <summary>
    /// Starts at <paramref name="start"/> and takes up to <paramref name="steps"/> optimizer steps, each from the
    /// analytic gradient at the current point. The run stops early, and says so in the result rather than
    /// throwing, when the position or loss becomes NaN or infinite or the loss exceeds
    /// <paramref name="blowUpFactor"/> × max(|f(start)|, 1).
    /// </summary>
    /// <param name="surface">The surface to descend.</param>
    /// <param name="optimizerFactory">
    /// Builds the optimizer for the point, a two-value <see cref="Parameter{T}"/> named <c>"xy"</c>;
    /// for example <c>p =&gt; new Sgd&lt;double&gt;([p], new SgdOptions(LearningRate: 0.1))</c>.
    /// </param>
    /// <param name="start">The starting point; <see langword="null"/> for the surface's <see cref="ISurface.DefaultStart"/>.</param>
    /// <param name="steps">How many steps to take, ≥ 0.</param>
    /// <param name="blowUpFactor">How many times the starting loss (at least 1) counts as a blow-up, &gt; 1.</param>
    /// <exception cref="OperationCanceledException">The notebook cell running it was interrupted (<see cref="CellCancellation"/>).</exception>
    public static TrajectoryResult Run(
        ISurface surface,
        Func<Parameter<double>, IOptimizer> optimizerFactory,
        (double X, double Y)? start = null,
        int steps = 100,
        double blowUpFactor = DefaultBlowUpFactor)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(optimizerFactory);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (!(blowUpFactor > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(blowUpFactor), blowUpFactor, $"blowUpFactor must be > 1, but was {blowUpFactor}.");
        }

        var (x0, y0) = start ?? surface.DefaultStart;
        if (!double.IsFinite(x0) || !double.IsFinite(y0))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"start must be a finite point, but was ({x0}, {y0}).");
        }

        var point = new Parameter<double>("xy", [x0, y0]);
        var optimizer = optimizerFactory(point)
            ?? throw new ArgumentException("optimizerFactory returned null; it must return an optimizer over the given parameter.", nameof(optimizerFactory));

        var positions = new List<(double X, double Y)>(steps + 1);
        var losses = new List<double>(steps + 1);
        var norms = new List<double>(steps + 1);
        var limit = blowUpFactor * Math.Max(Math.Abs(surface.Value(x0, y0)), 1);
        for (var t = 0; ; t++)
        {
            var (x, y) = (point.Value[0], point.Value[1]);
            var loss = surface.Value(x, y);
            var (dx, dy) = surface.Gradient(x, y);
            positions.Add((x, y));
            losses.Add(loss);
            norms.Add(Math.Sqrt((dx * dx) + (dy * dy)));

            var blewUp = !double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(loss) || loss > limit;
            if (blewUp || t == steps)
            {
                return new TrajectoryResult(surface.Name, optimizer.Name, positions, losses, norms, blewUp, blewUp ? t : null);
            }

            CellCancellation.ThrowIfRequested();
            point.Gradient[0] = dx;
            point.Gradient[1] = dy;
            optimizer.Step();
        }
    }
}
