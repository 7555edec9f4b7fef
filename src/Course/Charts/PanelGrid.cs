using System.Globalization;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// A grid of small panels in one plotly.js figure: panel k gets its own x and y axes (<c>x</c>, <c>x2</c>, …) placed
/// by domain, all on the same ranges, the x title under the bottom row, the y title once beside the middle row, a
/// title in the panel's colour, and on a log y axis spanning less than a decade and a half, labels at 2 and 5 too.
/// </summary>
internal sealed class PanelGrid
{
    /// <summary>The colour of the other series drawn in a panel for context.</summary>
    public const string ContextColour = "#c7c7c7";

    private const int RowHeight = 230;
    private const double Gap = 0.04;

    private readonly int count;
    private readonly int columns;
    private readonly int rows;
    private readonly List<Dictionary<string, object>> labels = [];

    public PanelGrid(int count, int columns)
    {
        this.count = count;
        this.columns = Math.Min(columns, count);
        rows = (count + this.columns - 1) / this.columns;
    }

    /// <summary>The figure height in pixels: a fixed strip for title and margins plus one row height per row.</summary>
    public int Height => 100 + (RowHeight * rows);

    /// <summary>"" for the first panel, "2", "3", … after it: the suffix of its axis names.</summary>
    public static string Suffix(int k) => k == 0 ? string.Empty : (k + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds panel <paramref name="k"/>'s axes to <paramref name="layout"/> and remembers its title.</summary>
    public void AddPanel(Layout layout, int k, string name, string xTitle, string yTitle, bool logX, bool logY, double[]? xRange, double[]? yRange)
    {
        var (row, column) = (k / columns, k % columns);
        var suffix = Suffix(k);
        double[] xDomain = [(column + Gap) / columns, (column + 1 - Gap) / columns];
        double[] yDomain = [1 - ((row + 1 - (2 * Gap)) / rows), 1 - ((row + (2 * Gap)) / rows)];
        var bottom = k + columns >= count;
        var yAxis = PlotlyObjects.Axis(column == 0 && row == rows / 2 ? yTitle : string.Empty, logY, yRange)
            .With("domain", yDomain).With("anchor", "x" + suffix).With("showticklabels", column == 0)
            .With("dtick", logY && yRange is { } r && r[1] - r[0] < 1.5 ? "D2" : null);
        if (column != 0)
        {
            yAxis.RemoveProperty("exponentformat"); // no labels to format: plotly.js would not take the key
        }

        layout.With("xaxis" + suffix, PlotlyObjects.Axis(bottom ? xTitle : string.Empty, logX, xRange).With("domain", xDomain).With("anchor", "y" + suffix))
            .With("yaxis" + suffix, yAxis);
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

    /// <summary>Puts the panel titles on <paramref name="layout"/> and turns the legend off (the titles name the panels).</summary>
    public Layout Finish(Layout layout) => layout.With("annotations", labels).With("showlegend", false);

    /// <summary>A trace drawn in panel <paramref name="k"/>.</summary>
    public static Trace2D InPanel(Trace2D trace, int k) => trace.With("xaxis", "x" + Suffix(k)).With("yaxis", "y" + Suffix(k));

    /// <summary>A thin grey line for context: another series, shown behind the panel's own.</summary>
    public static Trace2D Context(IEnumerable<double> x, IEnumerable<double> y, string name, int k) =>
        InPanel(PlotlyObjects.Scatter(x, y, name), k)
            .With("showlegend", false)
            .With("hoverinfo", "skip")
            .With("line", new Dictionary<string, object> { ["color"] = ContextColour, ["width"] = 1 });
}
