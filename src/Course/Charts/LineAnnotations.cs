namespace Course.Charts;

/// <summary>
/// Text placed on a line chart: the notes that say where a clipped series leaves the plot, and the labels of
/// <see cref="Guide"/> lines, placed so that guides standing close together do not write over each other.
/// </summary>
internal static class LineAnnotations
{
    /// <summary>The plot width, in pixels, that label widths are estimated for (the course's text column is wider).</summary>
    private const double AssumedPlotWidth = 600;

    /// <summary>The average width of a character of a 12 px label, in pixels.</summary>
    private const double CharacterWidth = 6.5;

    /// <summary>Space kept between a label and its line or a neighbouring label, in pixels.</summary>
    private const double LabelGap = 10;

    /// <summary>How far down (as a fraction of the plot height) each further row of labels sits.</summary>
    private const double RowStep = 0.08;

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
    /// One label per guide, at the top of the plot beside its line: on its right (on its left near the right edge),
    /// unless that would run into a label already placed or out of the plot; then on the other side, or else one row
    /// lower. Label
    /// widths are estimated from their length on a plot about <see cref="AssumedPlotWidth"/> pixels wide, so two
    /// guides at almost the same x, or far apart with long labels, still have every label readable.
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

        var placed = new List<(int Row, double From, double To)>();
        foreach (var (name, x) in guides
            .Select(g => (g.Name, X: AxisRange.ToAxis(g.XOrIndex[0], logX)))
            .Where(g => g.X is not null)
            .Select(g => (g.Name, X: g.X!.Value))
            .OrderBy(g => g.X))
        {
            var at = (x - range[0]) / (range[1] - range[0]);
            var width = ((name.Length * CharacterWidth) + LabelGap) / AssumedPlotWidth;
            bool[] sides = at > 0.75 ? [true, false] : [false, true];
            var (row, left) = Enumerable.Range(0, guides.Count)
                .SelectMany(r => sides.Select(l => (Row: r, Left: l)))
                .Where(c => c.Left ? at - width >= -0.02 : at + width <= 1.04)
                .DefaultIfEmpty((Row: 0, Left: sides[0]))
                .First(c => !placed.Any(p => p.Row == c.Row && Overlaps(p, c.Left ? at - width : at, c.Left ? at : at + width)));
            placed.Add((row, left ? at - width : at, left ? at : at + width));
            yield return new Dictionary<string, object>
            {
                ["x"] = x,
                ["y"] = 1 - (RowStep * row),
                ["xref"] = "x",
                ["yref"] = "paper",
                ["yanchor"] = "top",
                ["xanchor"] = left ? "right" : "left",
                ["xshift"] = left ? -4 : 4,
                ["text"] = name,
                ["showarrow"] = false,
                ["bgcolor"] = "rgba(255,255,255,0.85)",
                ["font"] = new Dictionary<string, object> { ["size"] = 12, ["color"] = "#333333" },
            };
        }
    }

    private static bool Overlaps((int Row, double From, double To) label, double from, double to) => from < label.To && to > label.From;
}
