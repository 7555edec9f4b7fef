namespace Course.Surfaces;

/// <summary>
/// Beale's function: f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at (3, 0.5).
/// Flat plateaus beside steep walls: values span many orders of magnitude, so plot it with log-spaced contours.
/// </summary>
/// <remarks>Beale (1958), "On an iterative method for finding a local minimum of a function of more than one variable".</remarks>
public sealed class Beale : ISurface
{
    private static readonly double[] Constants = [1.5, 2.25, 2.625];

    /// <inheritdoc />
    public string Name => "Beale";

    /// <inheritdoc />
    public IReadOnlyList<SurfaceMinimum> Minima { get; } = [new(3, 0.5, 0)];

    /// <inheritdoc />
    public PlotBounds Bounds { get; } = new(-4.5, 4.5, -4.5, 4.5);

    /// <inheritdoc />
    public (double X, double Y) DefaultStart => (1.0, 1.5);

    /// <inheritdoc />
    public double Value(double x, double y)
    {
        var sum = 0.0;
        for (var i = 1; i <= 3; i++)
        {
            var u = Term(i, x, y);
            sum += u * u;
        }

        return sum;
    }

    /// <inheritdoc />
    /// <remarks>With uᵢ = cᵢ − x + x·yⁱ: ∂f/∂x = Σ 2uᵢ(yⁱ − 1), ∂f/∂y = Σ 2uᵢ·i·x·yⁱ⁻¹.</remarks>
    public (double Dx, double Dy) Gradient(double x, double y)
    {
        double dx = 0, dy = 0;
        for (var i = 1; i <= 3; i++)
        {
            var u = Term(i, x, y);
            dx += 2 * u * (Math.Pow(y, i) - 1);
            dy += 2 * u * i * x * Math.Pow(y, i - 1);
        }

        return (dx, dy);
    }

    /// <inheritdoc />
    /// <remarks>
    /// ∂²f/∂x² = Σ 2(yⁱ − 1)², ∂²f/∂x∂y = Σ 2[(yⁱ − 1)·i·x·yⁱ⁻¹ + uᵢ·i·yⁱ⁻¹],
    /// ∂²f/∂y² = Σ 2[(i·x·yⁱ⁻¹)² + uᵢ·i(i − 1)·x·yⁱ⁻²].
    /// </remarks>
    public Hessian2 Hessian(double x, double y)
    {
        double dxx = 0, dxy = 0, dyy = 0;
        for (var i = 1; i <= 3; i++)
        {
            var u = Term(i, x, y);
            var ux = Math.Pow(y, i) - 1;
            var uy = i * x * Math.Pow(y, i - 1);
            dxx += 2 * ux * ux;
            dxy += 2 * ((ux * uy) + (u * i * Math.Pow(y, i - 1)));
            dyy += 2 * ((uy * uy) + (u * i * (i - 1) * x * (i >= 2 ? Math.Pow(y, i - 2) : 0)));
        }

        return new(dxx, dxy, dyy);
    }

    private static double Term(int i, double x, double y) => Constants[i - 1] - x + (x * Math.Pow(y, i));
}
