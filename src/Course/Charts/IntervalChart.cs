using Course.Training.Studies;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// Means with confidence intervals as error bars — the picture of a measurement repeated over seeds, so a
/// reader sees which differences are larger than the spread between seeds.
/// </summary>
public static class IntervalChart
{
    /// <summary>One line with markers and error bars per series, such as mean final loss against learning rate.</summary>
    /// <param name="series">The lines, at least one; each pairs x values with a <see cref="MeanInterval"/> per x.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="logX">Logarithmic x axis.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    public static GenericChart Lines(
        IEnumerable<(string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)> series,
        string xTitle,
        string yTitle,
        string? title = null,
        bool logX = false,
        bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var lines = Checked(series);
        var traces = lines.Select(s => PlotlyObjects.Scatter(s.X, s.Y.Select(m => m.Mean), s.Name, "lines+markers").With("error_y", ErrorBars(s.Y)));
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(xTitle, logX), PlotlyObjects.Axis(yTitle, logY), 440);
        return PlotlyObjects.Chart(traces, layout);
    }

    /// <summary>Grouped bars with error bars: one bar per category in each group, such as train and validation accuracy per optimizer.</summary>
    /// <param name="categories">The bars' labels along the x axis.</param>
    /// <param name="groups">One entry per colour, each with one interval per category.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="yRange">A fixed y range, or null for automatic.</param>
    public static GenericChart Bars(
        IReadOnlyList<string> categories,
        IEnumerable<(string Name, IReadOnlyList<MeanInterval> Values)> groups,
        string yTitle,
        string? title = null,
        double[]? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(groups);
        var bars = groups.ToArray();
        if (bars.Length == 0 || bars.Any(g => g.Values.Count != categories.Count))
        {
            throw new ArgumentException($"Every group needs one interval per category ({categories.Count}).", nameof(groups));
        }

        var traces = bars.Select(g => new Trace2D("bar")
            .With("x", categories.ToArray())
            .With("y", PlotlyObjects.Plottable(g.Values.Select(m => m.Mean)))
            .With("name", g.Name)
            .With("error_y", ErrorBars(g.Values)));
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis("").With("type", "category"), PlotlyObjects.Axis(yTitle, range: yRange), 440).With("barmode", "group");
        return PlotlyObjects.Chart(traces, layout);
    }

    /// <summary>
    /// Small multiples: one panel per series, in a grid of <paramref name="columns"/> columns, all on the same axes.
    /// Each panel draws its series in colour with error bars over the other series in light grey, so nine
    /// overlapping lines become nine readable ones that can still be compared with the rest.
    /// </summary>
    /// <param name="series">The lines, at least one; each pairs x values with a <see cref="MeanInterval"/> per x.</param>
    /// <param name="xTitle">The x axis title (under the bottom row).</param>
    /// <param name="yTitle">The y axis title (beside the left column).</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="logX">Logarithmic x axes.</param>
    /// <param name="logY">Logarithmic y axes.</param>
    /// <param name="columns">Panels per row, at least 1.</param>
    public static GenericChart Panels(
        IEnumerable<(string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)> series,
        string xTitle,
        string yTitle,
        string? title = null,
        bool logX = false,
        bool logY = false,
        int columns = 3)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        var lines = Checked(series);
        return IntervalPanels.Build(lines, xTitle, yTitle, title, logX, logY, Math.Min(columns, lines.Length));
    }

    private static (string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)[] Checked(
        IEnumerable<(string Name, IReadOnlyList<double> X, IReadOnlyList<MeanInterval> Y)> series)
    {
        var lines = series.ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException("An interval chart needs at least one series.", nameof(series));
        }

        foreach (var (name, x, y) in lines)
        {
            if (x.Count != y.Count)
            {
                throw new ArgumentException($"Series '{name}' has {x.Count} x values but {y.Count} intervals; they must match.", nameof(series));
            }
        }

        return lines;
    }

    /// <summary>Error bars of half-width <see cref="MeanInterval.HalfWidth"/> around each mean.</summary>
    internal static Dictionary<string, object> ErrorBars(IEnumerable<MeanInterval> values) => new()
    {
        ["type"] = "data",
        ["array"] = PlotlyObjects.Plottable(values.Select(m => m.HalfWidth)),
        ["visible"] = true,
    };
}
