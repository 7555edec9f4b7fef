namespace Course.Charts;

/// <summary>
/// Text placed on a line chart: the notes that say where a clipped series leaves the plot, and the labels of
/// <see cref="Guide"/> lines, placed so that guides standing close together do not write over each other.
/// </summary>
internal static class LineAnnotations
{
    /// <summary>Guides closer than this fraction of the x axis count as neighbours and get their labels on opposite sides.</summary>
    private const double Neighbourhood = 0.15;

    /// <summary>
    /// For a clipped series: an arrow to the first point outside <paramref name="yRange"/> (axis units), at the edge
    /// it crosses, with the text "name note"; null when the series stays inside.
    /// </summary>
    public static Dictionary<string, object>? Clip(Series series, double[] yRange, bool logX, bool logY)
    {
        var xs = series.XOrIndex;
        for (var i = 0; i < series.Y.Count; i++)
        {
            if (AxisRange.ToAxis(series.Y[i], logY) is not { } y || AxisRange.ToAxis(xs[i], logX) is not { } x || (y >= yRange[0] && y <= yRange[1]))
            {
                continue;
            }

            var above = y > yRange[1];
            return new Dictionary<string, object>
            {
                ["x"] = x,
                ["y"] = above ? yRange[1] : yRange[0],
                ["xref"] = "x",
                ["yref"] = "y",
                ["text"] = $"{series.Name} {series.ClipNote}",
                ["showarrow"] = true,
                ["arrowhead"] = 2,
                ["ax"] = 0,
                ["ay"] = above ? 36 : -36,
                ["bgcolor"] = "rgba(255,255,255,0.85)",
                ["font"] = new Dictionary<string, object> { ["size"] = 12 },
            };
        }

        return null;
    }

    /// <summary>
    /// One label per guide, at the top of the plot beside its line. A lone guide is labelled on its right (on its left
    /// near the right edge); neighbouring guides alternate left and right of their lines and step down, so two
    /// guides at almost the same x still have both labels readable.
    /// </summary>
    /// <param name="guides">The guide series.</param>
    /// <param name="allX">Every x value on the chart, to know the axis extent.</param>
    /// <param name="logX">Whether the x axis is logarithmic.</param>
    public static IEnumerable<Dictionary<string, object>> GuideLabels(IReadOnlyList<Series> guides, IEnumerable<double> allX, bool logX)
    {
        if (guides.Count == 0 || AxisRange.Padded(allX, logX) is not { } range)
        {
            yield break;
        }

        var placed = guides
            .Select(g => (g.Name, X: AxisRange.ToAxis(g.XOrIndex[0], logX)))
            .Where(g => g.X is not null)
            .Select(g => (g.Name, X: g.X!.Value, Fraction: (g.X!.Value - range[0]) / (range[1] - range[0])))
            .OrderBy(g => g.X)
            .ToArray();
        var k = 0;
        for (var i = 0; i < placed.Length; i++)
        {
            var near = (i > 0 && placed[i].Fraction - placed[i - 1].Fraction < Neighbourhood)
                || (i + 1 < placed.Length && placed[i + 1].Fraction - placed[i].Fraction < Neighbourhood);
            k = i > 0 && placed[i].Fraction - placed[i - 1].Fraction < Neighbourhood ? k + 1 : 0;
            var left = near ? k % 2 == 0 : placed[i].Fraction > 0.75;
            yield return new Dictionary<string, object>
            {
                ["x"] = placed[i].X,
                ["y"] = 1 - (0.08 * k),
                ["xref"] = "x",
                ["yref"] = "paper",
                ["yanchor"] = "top",
                ["xanchor"] = left ? "right" : "left",
                ["xshift"] = left ? -4 : 4,
                ["text"] = placed[i].Name,
                ["showarrow"] = false,
                ["bgcolor"] = "rgba(255,255,255,0.85)",
                ["font"] = new Dictionary<string, object> { ["size"] = 12, ["color"] = "#333333" },
            };
        }
    }
}
