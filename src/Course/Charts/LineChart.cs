using Plotly.NET;

namespace Course.Charts;

/// <summary>Lines of any named series against a shared x axis: effective learning rates, m and m̂, velocities.</summary>
public static class LineChart
{
    /// <summary>
    /// One line per series, styled as each <see cref="Series"/> asks (dash, width, opacity, markers only).
    /// <see cref="Guide"/> lines are drawn thin and dashed and labelled beside the line, neighbours on opposite sides.
    /// A series with a <see cref="Series.ClipNote"/> does not stretch the y axis: the axis keeps the range of the
    /// others (or <paramref name="yRange"/>) and a note points to where the clipped series leaves it.
    /// </summary>
    /// <param name="series">The lines, at least one.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="title">The chart title, or null for none.</param>
    /// <param name="logX">Logarithmic x axis.</param>
    /// <param name="logY">Logarithmic y axis (non-positive values are not drawn).</param>
    /// <param name="showMarkers">Draw a marker at every point.</param>
    /// <param name="yRange">A fixed y range [low, high] in data units, or null to fit the (unclipped) data.</param>
    public static GenericChart Of(
        IEnumerable<Series> series,
        string xTitle = "step",
        string yTitle = "value",
        string? title = null,
        bool logX = false,
        bool logY = false,
        bool showMarkers = false,
        double[]? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var lines = series.Select(s => s.Validated()).ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException("A line chart needs at least one series.", nameof(series));
        }

        var data = lines.Where(s => !s.IsGuide).ToArray();
        var range = yRange is null ? null : AxisRange.FromData(yRange, logY, nameof(yRange));
        if (range is null && data.Any(s => s.ClipNote is not null))
        {
            range = AxisRange.Padded(data.Where(s => s.ClipNote is null).SelectMany(s => s.Y), logY);
        }

        var annotations = range is null
            ? []
            : data.Where(s => s.ClipNote is not null).Select(s => LineAnnotations.Clip(s, range, logX, logY)).OfType<Dictionary<string, object>>().ToList();
        annotations.AddRange(LineAnnotations.GuideLabels(lines.Where(s => s.IsGuide).ToArray(), lines.SelectMany(s => s.XOrIndex), logX));

        var traces = lines.Select(s => SeriesTrace.Of(s, showMarkers));
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(xTitle, logX), PlotlyObjects.Axis(yTitle, logY, range), 440)
            .With("annotations", annotations.Count > 0 ? annotations : null);
        return PlotlyObjects.Chart(traces, layout);
    }

    /// <summary>One line per series, given as name and values.</summary>
    public static GenericChart Of(params (string Name, IReadOnlyList<double> Values)[] series) =>
        Of(series.Select(s => new Series(s.Name, s.Values)));
}
