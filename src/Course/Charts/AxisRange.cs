namespace Course.Charts;

/// <summary>Axis ranges in plotly.js's units: data values on a linear axis, log₁₀ of them on a logarithmic one.</summary>
internal static class AxisRange
{
    /// <summary>A value in axis units, or null when the axis cannot show it (non-finite, or ≤ 0 on a log axis).</summary>
    public static double? ToAxis(double value, bool log) =>
        !double.IsFinite(value) || (log && value <= 0) ? null : log ? Math.Log10(value) : value;

    /// <summary>The [min, max] of the values the axis can show, in axis units, with 5% padding; null when there are none.</summary>
    public static double[]? Padded(IEnumerable<double> values, bool log)
    {
        var shown = values.Select(v => ToAxis(v, log)).OfType<double>().ToArray();
        if (shown.Length == 0)
        {
            return null;
        }

        var (low, high) = (shown.Min(), shown.Max());
        var pad = high > low ? 0.05 * (high - low) : 0.5;
        return [low - pad, high + pad];
    }

    /// <summary>A range given in data units, converted to axis units (checked: finite, low &lt; high, positive on a log axis).</summary>
    public static double[] FromData(double[] range, bool log, string argument)
    {
        if (range.Length != 2 || !double.IsFinite(range[0]) || !double.IsFinite(range[1]) || range[0] >= range[1] || (log && range[0] <= 0))
        {
            throw new ArgumentException($"{argument} must be two finite numbers [low, high] with low < high{(log ? ", both > 0 on a logarithmic axis" : string.Empty)}.", argument);
        }

        return log ? [Math.Log10(range[0]), Math.Log10(range[1])] : [range[0], range[1]];
    }
}
