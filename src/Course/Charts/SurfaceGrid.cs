using Course.Surfaces;

namespace Course.Charts;

/// <summary>A surface sampled on a regular grid, ready for a contour trace.</summary>
internal sealed record SurfaceGrid(double[] X, double[] Y, double[][] Z, bool IsLog)
{
    /// <summary>
    /// Samples f on a <paramref name="resolution"/>² grid over the surface's bounds. With log levels the values become
    /// log₁₀(f − f_min + δ), δ = 10⁻³ × (10th percentile − f_min), so the lowest contours still separate near the minimum.
    /// Values are rounded to 5 significant digits to keep pages small.
    /// </summary>
    public static SurfaceGrid Sample(ISurface surface, int resolution, ContourScale scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resolution, 10);
        var xs = surface.Bounds.XGrid(resolution);
        var ys = surface.Bounds.YGrid(resolution);
        var z = ys.Select(y => xs.Select(x => surface.Value(x, y)).ToArray()).ToArray();
        var all = z.SelectMany(row => row).Where(double.IsFinite).Order().ToArray();
        var floor = Math.Min(all[0], surface.Minima.Select(m => m.Value).DefaultIfEmpty(double.PositiveInfinity).Min());
        var tenth = all[all.Length / 10];
        var spread = all[^1] - floor;
        var useLog = scale switch
        {
            ContourScale.Log => true,
            ContourScale.Linear => false,
            _ => spread > 100 * (tenth - floor),
        };

        var offset = 1e-3 * Math.Max(tenth - floor, double.Epsilon);
        Func<double, double> transform = useLog ? v => Math.Log10(v - floor + offset) : v => v;
        return new SurfaceGrid(xs, ys, z.Select(row => row.Select(v => Round(transform(v))).ToArray()).ToArray(), useLog);
    }

    /// <summary>The significant digits every grid value is rounded to (<see cref="ContourValues"/> writes such values from their digits).</summary>
    internal const int Digits = 5;

    private static double Round(double value) => SignificantDigits.Round(value, Digits);
}
