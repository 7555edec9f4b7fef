namespace Course.Surfaces;

/// <summary>
/// The path an optimizer took on a surface: the point, loss and gradient norm before each step.
/// Index t holds the state after t steps, so index 0 is the start.
/// </summary>
/// <param name="SurfaceName">The surface's <see cref="ISurface.Name"/>.</param>
/// <param name="OptimizerName">The optimizer's <see cref="Course.Optimizers.IOptimizer.Name"/>.</param>
/// <param name="Positions">(x, y) after each step, starting with the start point.</param>
/// <param name="Losses">f at each position.</param>
/// <param name="GradientNorms">‖∇f‖ at each position.</param>
/// <param name="Diverged">Whether the run stopped early because the loss became non-finite or blew up.</param>
/// <param name="DivergedAtStep">The step whose result blew up (the index of the last position), or null.</param>
public sealed record TrajectoryResult(
    string SurfaceName,
    string OptimizerName,
    IReadOnlyList<(double X, double Y)> Positions,
    IReadOnlyList<double> Losses,
    IReadOnlyList<double> GradientNorms,
    bool Diverged,
    int? DivergedAtStep)
{
    /// <summary>Number of steps taken (one less than the number of positions).</summary>
    public int Steps => Positions.Count - 1;

    /// <summary>The loss at the last position.</summary>
    public double FinalLoss => Losses[^1];

    /// <summary>The last position.</summary>
    public (double X, double Y) FinalPosition => Positions[^1];

    /// <summary>The x coordinates of <see cref="Positions"/>, for plotting.</summary>
    public double[] Xs => Positions.Select(p => p.X).ToArray();

    /// <summary>The y coordinates of <see cref="Positions"/>, for plotting.</summary>
    public double[] Ys => Positions.Select(p => p.Y).ToArray();

    /// <inheritdoc />
    public override string ToString() => Diverged
        ? $"{OptimizerName} on {SurfaceName}: diverged at step {DivergedAtStep}"
        : $"{OptimizerName} on {SurfaceName}: {Steps} steps, final loss {FinalLoss:G6} at ({FinalPosition.X:G6}, {FinalPosition.Y:G6})";
}
