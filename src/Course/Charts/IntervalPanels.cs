using Course.Training.Studies;
using Plotly.NET;

namespace Course.Charts;

/// <summary>The small multiples behind <see cref="IntervalChart.Panels"/>.</summary>
internal static class IntervalPanels
{
    public static GenericChart Build(
        (string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)[] lines,
        string xTitle,
        string yTitle,
        string? title,
        bool logX,
        bool logY,
        int columns)
    {
        var grid = new PanelGrid(lines.Length, columns);
        var xRange = AxisRange.Padded(lines.SelectMany(l => l.X), logX);
        var yRange = AxisRange.Padded(lines.SelectMany(l => l.Y.SelectMany(m => double.IsFinite(m.HalfWidth) ? new[] { m.Low, m.High } : [m.Mean])), logY);
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(string.Empty, logX, xRange), PlotlyObjects.Axis(string.Empty, logY, yRange), grid.Height);
        var traces = new List<Trace>();
        for (var k = 0; k < lines.Length; k++)
        {
            traces.AddRange(lines.Where((_, j) => j != k).Select(other => PanelGrid.Context(other.X, other.Y.Select(m => m.Mean), other.Name, k)));
            var (name, x, y) = lines[k];
            traces.Add(PanelGrid.InPanel(PlotlyObjects.Scatter(x, y.Select(m => m.Mean), name, "lines+markers"), k)
                .With("showlegend", false)
                .With("line", new Dictionary<string, object> { ["color"] = Palette.Colour(k), ["width"] = 2.5 })
                .With("marker", new Dictionary<string, object> { ["color"] = Palette.Colour(k), ["size"] = 6 })
                .With("error_y", IntervalChart.ErrorBars(y)));
            grid.AddPanel(layout, k, name, xTitle, yTitle, logX, logY, xRange, yRange);
        }

        return PlotlyObjects.Chart(traces, grid.Finish(layout));
    }
}
