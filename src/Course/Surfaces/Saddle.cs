namespace Course.Surfaces;

/// <summary>
/// The saddle f(x, y) = x² − y²: a minimum along x and a maximum along y at the origin, and unbounded below,
/// so it has no minimum at all. Gradient descent started near the x axis stalls by the origin before escaping along y.
/// </summary>
public sealed class Saddle : ISurface
{
    /// <inheritdoc />
    public string Name => "Saddle";

    /// <inheritdoc />
    /// <remarks>Empty: the origin is a critical point but not a minimum (Hessian eigenvalues −2 and 2).</remarks>
    public IReadOnlyList<SurfaceMinimum> Minima { get; } = [];

    /// <summary>The one critical point, the saddle point at the origin.</summary>
    public (double X, double Y) SaddlePoint => (0, 0);

    /// <inheritdoc />
    public PlotBounds Bounds { get; } = new(-2, 2, -2, 2);

    /// <inheritdoc />
    public (double X, double Y) DefaultStart => (1.8, 1e-3);

    /// <inheritdoc />
    public double Value(double x, double y) => (x * x) - (y * y);

    /// <inheritdoc />
    public (double Dx, double Dy) Gradient(double x, double y) => (2 * x, -2 * y);

    /// <inheritdoc />
    public Hessian2 Hessian(double x, double y) => new(2, 0, -2);
}
