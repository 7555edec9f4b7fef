namespace Course.Surfaces;

/// <summary>
/// Rosenbrock's banana valley: f(x, y) = (a − x)² + b·(y − x²)², minimum 0 at (a, a²).
/// The valley floor is easy to reach and slow to follow, because it curves.
/// </summary>
/// <remarks>Rosenbrock (1960), "An automatic method for finding the greatest or least value of a function".</remarks>
public sealed class Rosenbrock : ISurface
{
    /// <summary>Creates the surface; the classic choice is a = 1, b = 100.</summary>
    /// <param name="a">Position of the minimum along x (any finite number).</param>
    /// <param name="b">Steepness of the valley walls, &gt; 0.</param>
    public Rosenbrock(double a = 1, double b = 100)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, $"a must be finite, but was {a}.");
        }

        if (!(b > 0) || double.IsInfinity(b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, $"b must be a finite number > 0, but was {b}.");
        }

        A = a;
        B = b;
        Minima = [new(a, a * a, 0)];
        Bounds = new(a - 3, a + 1, (a * a) - 2, (a * a) + 2);
    }

    /// <summary>a, the x coordinate of the minimum.</summary>
    public double A { get; }

    /// <summary>b, the steepness of the valley walls.</summary>
    public double B { get; }

    /// <inheritdoc />
    public string Name => "Rosenbrock";

    /// <inheritdoc />
    public IReadOnlyList<SurfaceMinimum> Minima { get; }

    /// <inheritdoc />
    public PlotBounds Bounds { get; }

    /// <inheritdoc />
    public (double X, double Y) DefaultStart => (A - 2.2, A * A);

    /// <inheritdoc />
    public double Value(double x, double y)
    {
        var u = A - x;
        var v = y - (x * x);
        return (u * u) + (B * v * v);
    }

    /// <inheritdoc />
    public (double Dx, double Dy) Gradient(double x, double y)
    {
        var v = y - (x * x);
        return ((-2 * (A - x)) - (4 * B * x * v), 2 * B * v);
    }

    /// <inheritdoc />
    public Hessian2 Hessian(double x, double y) =>
        new(2 - (4 * B * y) + (12 * B * x * x), -4 * B * x, 2 * B);
}
