namespace Course.Charts;

/// <summary>
/// Reference lines, such as the stability limit 2 / λmax on a learning-rate sweep: series marked
/// <see cref="Series.IsGuide"/>, which <see cref="LineChart"/> draws thin and dashed on linear or logarithmic axes and
/// labels beside the line (neighbouring guides on opposite sides) instead of in the legend.
/// </summary>
public static class Guide
{
    /// <summary>
    /// A vertical line at x = <paramref name="x"/> from the smallest to the largest finite, positive value of
    /// <paramref name="span"/> (positive so that it also fits a logarithmic y axis).
    /// </summary>
    /// <param name="name">The legend entry, such as <c>"2 / λmax"</c>.</param>
    /// <param name="x">Where the line stands; finite.</param>
    /// <param name="span">The values the line should reach across, usually the chart's data; at least one finite value &gt; 0.</param>
    /// <returns>A two-point <see cref="Series"/> with X = [x, x], marked as a guide.</returns>
    public static Series Vertical(string name, double x, IEnumerable<double> span)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(span);
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"x must be a finite number, but was {x}.");
        }

        var usable = span.Where(v => double.IsFinite(v) && v > 0).ToArray();
        if (usable.Length == 0)
        {
            throw new ArgumentException("span needs at least one finite value > 0 for the line to reach across.", nameof(span));
        }

        return new Series(name, [usable.Min(), usable.Max()], [x, x]) { IsGuide = true };
    }
}
