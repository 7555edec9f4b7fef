namespace Course.Surfaces;

/// <summary>
/// Himmelblau's function: f(x, y) = (x² + y − 11)² + (x + y² − 7)², with four minima of value 0.
/// Which one an optimizer reaches depends on where it starts and how it moves.
/// </summary>
/// <remarks>Himmelblau (1972), "Applied Nonlinear Programming".</remarks>
public sealed class Himmelblau : ISurface
{
    /// <inheritdoc />
    public string Name => "Himmelblau";

    /// <inheritdoc />
    /// <remarks>(3, 2) is exact; the other three are roots of the gradient found by Newton's method, to double precision.</remarks>
    public IReadOnlyList<SurfaceMinimum> Minima { get; } =
    [
        new(3.0, 2.0, 0),
        new(-2.805118086952745, 3.131312518250573, 0),
        new(-3.779310253377747, -3.283185991286169, 0),
        new(3.5844283403304917, -1.8481265269644034, 0),
    ];

    /// <inheritdoc />
    public PlotBounds Bounds { get; } = new(-5, 5, -5, 5);

    /// <inheritdoc />
    public (double X, double Y) DefaultStart => (0, 0);

    /// <inheritdoc />
    public double Value(double x, double y)
    {
        var u = (x * x) + y - 11;
        var v = x + (y * y) - 7;
        return (u * u) + (v * v);
    }

    /// <inheritdoc />
    /// <remarks>With u = x² + y − 11 and v = x + y² − 7: ∂f/∂x = 4xu + 2v, ∂f/∂y = 2u + 4yv.</remarks>
    public (double Dx, double Dy) Gradient(double x, double y)
    {
        var u = (x * x) + y - 11;
        var v = x + (y * y) - 7;
        return ((4 * x * u) + (2 * v), (2 * u) + (4 * y * v));
    }

    /// <inheritdoc />
    public Hessian2 Hessian(double x, double y) =>
        new((12 * x * x) + (4 * y) - 42, (4 * x) + (4 * y), (4 * x) + (12 * y * y) - 26);
}
