namespace Course.Surfaces;

/// <summary>A rectangle [XMin, XMax] × [YMin, YMax] to plot a surface over.</summary>
/// <param name="XMin">Left edge.</param>
/// <param name="XMax">Right edge, greater than <paramref name="XMin"/>.</param>
/// <param name="YMin">Bottom edge.</param>
/// <param name="YMax">Top edge, greater than <paramref name="YMin"/>.</param>
public sealed record PlotBounds(double XMin, double XMax, double YMin, double YMax)
{
    /// <summary>Left edge, finite.</summary>
    public double XMin { get; } = Finite(XMin, nameof(XMin));

    /// <summary>Right edge, greater than <see cref="XMin"/>.</summary>
    public double XMax { get; } = Greater(XMax, XMin, nameof(XMax), nameof(XMin));

    /// <summary>Bottom edge, finite.</summary>
    public double YMin { get; } = Finite(YMin, nameof(YMin));

    /// <summary>Top edge, greater than <see cref="YMin"/>.</summary>
    public double YMax { get; } = Greater(YMax, YMin, nameof(YMax), nameof(YMin));

    /// <summary><paramref name="count"/> evenly spaced x values from <see cref="XMin"/> to <see cref="XMax"/>.</summary>
    public double[] XGrid(int count) => Grid(XMin, XMax, count);

    /// <summary><paramref name="count"/> evenly spaced y values from <see cref="YMin"/> to <see cref="YMax"/>.</summary>
    public double[] YGrid(int count) => Grid(YMin, YMax, count);

    private static double[] Grid(double from, double to, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var step = (to - from) / (count - 1);
        return Enumerable.Range(0, count).Select(i => i == count - 1 ? to : from + (i * step)).ToArray();
    }

    private static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite, but was {value}.");

    private static double Greater(double value, double than, string name, string thanName) =>
        double.IsFinite(value) && value > than
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and greater than {thanName} ({than}), but was {value}.");
}
