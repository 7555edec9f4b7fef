using Plotly.NET;

namespace Course.Charts;

/// <summary>A labelled grid of numbers, such as final validation loss for each optimizer and learning rate.</summary>
public static class HeatmapChart
{
    /// <summary>
    /// A heatmap with one row per <paramref name="rowLabels"/> entry and one column per <paramref name="columnLabels"/>
    /// entry; each cell shows its value, and a non-finite value (a diverged run) shows as a blank cell labelled "diverged"
    /// (with <paramref name="logColor"/>, a value ≤ 0 is also left uncoloured).
    /// </summary>
    /// <param name="values">values[row][column].</param>
    /// <param name="rowLabels">Row names, for example optimizer names.</param>
    /// <param name="columnLabels">Column names, for example learning rates.</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="valueTitle">The colour bar's title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <param name="logColor">Colour by log₁₀ of the value (for losses that span decades); cells still show the value.</param>
    public static GenericChart Of(
        IReadOnlyList<IReadOnlyList<double>> values,
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        string? title = null,
        string valueTitle = "value",
        string xTitle = "",
        string yTitle = "",
        bool logColor = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        if (values.Count != rowLabels.Count || values.Any(row => row is null || row.Count != columnLabels.Count))
        {
            throw new ArgumentException(
                $"values must have {rowLabels.Count} rows (one per row label) of {columnLabels.Count} values (one per column label).", nameof(values));
        }

        var colour = values.Select(row => PlotlyObjects.Plottable(row.Select(v => logColor ? Math.Log10(v) : v))).ToArray();
        var text = values.Select(row => row.Select(v => double.IsFinite(v) ? v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) : "diverged").ToArray()).ToArray();
        var trace = new Trace2D("heatmap")
            .With("z", colour)
            .With("x", columnLabels.ToArray())
            .With("y", rowLabels.ToArray())
            .With("text", text)
            .With("texttemplate", "%{text}")
            .With("hovertemplate", "%{y}, %{x}: %{text}<extra></extra>")
            .With("colorscale", "Viridis")
            .With("xgap", 2)
            .With("ygap", 2)
            .With("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = logColor ? $"log₁₀ {valueTitle}" : valueTitle } });
        var layout = PlotlyObjects.Layout(title, PlotlyObjects.Axis(xTitle).With("type", "category"), PlotlyObjects.Axis(yTitle).With("type", "category").With("autorange", "reversed"), 220 + (40 * rowLabels.Count));
        return PlotlyObjects.Chart([trace], layout);
    }
}
