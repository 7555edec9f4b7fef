using Course.Training.Studies;
using Plotly.NET;

namespace Course.Charts;

/// <summary>The grid of panels behind <see cref="IntervalChart.Panels"/>: plotly.js axes laid out by domain, one pair per panel.</summary>
internal static class IntervalPanels
{
    private const string ContextColour = "#c7c7c7";
    private const int RowHeight = 230;
    private const double Gap = 0.04;

    public static GenericChart Build(
        (string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)[] lines,
        string xTitle,
        string yTitle,
        string? title,
        bool logX,
        bool logY,
        int columns)
    {
        var rows = (lines.Length + columns - 1) / columns;
        var xRange = AxisRange.Padded(lines.SelectMany(l => l.X), logX);
        var yRange = AxisRange.Padded(lines.SelectMany(l => l.Y.SelectMany(m => double.IsFinite(m.HalfWidth) ? new[] { m.Low, m.High } : [m.Mean])), logY);
        var traces = new List<Trace>();
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(string.Empty, logX, xRange), PlotlyObjects.Axis(string.Empty, logY, yRange), 100 + (RowHeight * rows));
        var labels = new List<Dictionary<string, object>>();
        for (var k = 0; k < lines.Length; k++)
        {
            var (row, column) = (k / columns, k % columns);
            var suffix = k == 0 ? string.Empty : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            double[] xDomain = [(column + Gap) / columns, (column + 1 - Gap) / columns];
            double[] yDomain = [1 - ((row + 1 - (2 * Gap)) / rows), 1 - ((row + (2 * Gap)) / rows)];
            var xAxis = PlotlyObjects.Axis(row == rows - 1 || k + columns >= lines.Length ? xTitle : string.Empty, logX, xRange)
                .With("domain", xDomain).With("anchor", "y" + suffix);
            var yAxis = PlotlyObjects.Axis(column == 0 ? yTitle : string.Empty, logY, yRange)
                .With("domain", yDomain).With("anchor", "x" + suffix).With("showticklabels", column == 0);
            layout.With("xaxis" + suffix, xAxis).With("yaxis" + suffix, yAxis);

            foreach (var other in lines.Where((_, j) => j != k))
            {
                traces.Add(PlotlyObjects.Scatter(other.X, other.Y.Select(m => m.Mean), other.Name)
                    .With("xaxis", "x" + suffix).With("yaxis", "y" + suffix)
                    .With("showlegend", false).With("hoverinfo", "skip")
                    .With("line", new Dictionary<string, object> { ["color"] = ContextColour, ["width"] = 1 }));
            }

            var (name, x, y) = lines[k];
            traces.Add(PlotlyObjects.Scatter(x, y.Select(m => m.Mean), name, "lines+markers")
                .With("xaxis", "x" + suffix).With("yaxis", "y" + suffix)
                .With("showlegend", false)
                .With("line", new Dictionary<string, object> { ["color"] = Palette.Colour(k), ["width"] = 2.5 })
                .With("marker", new Dictionary<string, object> { ["color"] = Palette.Colour(k), ["size"] = 6 })
                .With("error_y", IntervalChart.ErrorBars(y)));
            labels.Add(new Dictionary<string, object>
            {
                ["text"] = $"<b>{name}</b>",
                ["x"] = (xDomain[0] + xDomain[1]) / 2,
                ["y"] = yDomain[1],
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["xanchor"] = "center",
                ["yanchor"] = "bottom",
                ["showarrow"] = false,
                ["font"] = new Dictionary<string, object> { ["size"] = 13, ["color"] = Palette.Colour(k) },
            });
        }

        layout.With("annotations", labels).With("showlegend", false);
        return PlotlyObjects.Chart(traces, layout);
    }
}
