using Plotly.NET;

namespace Course.Charts;

/// <summary>Lines of any named series against a shared x axis: effective learning rates, m and m̂, velocities.</summary>
public static class LineChart
{
    /// <summary>One line per series.</summary>
    /// <param name="series">The lines, at least one.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="title">The chart title, or null for none.</param>
    /// <param name="logX">Logarithmic x axis.</param>
    /// <param name="logY">Logarithmic y axis (non-positive values are not drawn).</param>
    /// <param name="showMarkers">Draw a marker at every point.</param>
    public static GenericChart Of(
        IEnumerable<Series> series,
        string xTitle = "step",
        string yTitle = "value",
        string? title = null,
        bool logX = false,
        bool logY = false,
        bool showMarkers = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var lines = series.Select(s => s.Validated()).ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException("A line chart needs at least one series.", nameof(series));
        }

        var mode = showMarkers ? "lines+markers" : "lines";
        var traces = lines.Select(s => PlotlyObjects.Scatter(s.XOrIndex, s.Y, s.Name, mode));
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(xTitle, logX), PlotlyObjects.Axis(yTitle, logY), 440);
        return PlotlyObjects.Chart(traces, layout);
    }

    /// <summary>One line per series, given as name and values.</summary>
    public static GenericChart Of(params (string Name, IReadOnlyList<double> Values)[] series) =>
        Of(series.Select(s => new Series(s.Name, s.Values)));
}
