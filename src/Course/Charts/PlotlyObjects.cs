using DynamicObj;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Course.Charts;

/// <summary>
/// The few Plotly.NET calls every chart builder needs, without the F# option noise: Plotly.NET's trace, axis and
/// layout objects are dynamic objects, so each builder sets plotly.js attributes by their documented names.
/// </summary>
internal static class PlotlyObjects
{
    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/> unless it is null; returns the object.</summary>
    public static T With<T>(this T target, string name, object? value) where T : DynamicObj.DynamicObj
    {
        if (value is not null)
        {
            target.SetProperty(name, value);
        }

        return target;
    }

    /// <summary>A scatter trace: <paramref name="mode"/> is "lines", "markers" or "lines+markers".</summary>
    public static Trace2D Scatter(IEnumerable<double> x, IEnumerable<double> y, string name, string mode = "lines") =>
        new Trace2D("scatter").With("x", Plottable(x)).With("y", Plottable(y)).With("name", name).With("mode", mode);

    /// <summary>
    /// An axis with a title, optionally logarithmic, optionally fixed to a range. A log axis labels only
    /// the powers of ten, written as powers (10⁻³), so its labels never crowd.
    /// </summary>
    public static LinearAxis Axis(string title, bool log = false, double[]? range = null) =>
        new LinearAxis()
            .With("title", new Dictionary<string, object> { ["text"] = title })
            .With("type", log ? "log" : "linear")
            .With("dtick", log ? 1 : null)
            .With("exponentformat", log ? "power" : null)
            .With("range", range);

    /// <summary>
    /// A layout with a title, two axes and a height in pixels; no width, so the chart takes the width of the
    /// page or notebook column it is drawn in (and follows it: the chart's config is responsive). The legend
    /// sits in rows at the bottom of the figure, under the axis title and any slider: it takes no width from the
    /// data, and however many rows it needs it cannot reach the title (plotly.js grows the bottom margin to fit it).
    /// </summary>
    public static Layout Layout(string? title, LinearAxis xAxis, LinearAxis yAxis, int height) =>
        new Layout()
            .With("title", title is null ? null : new Dictionary<string, object> { ["text"] = title })
            .With("xaxis", xAxis)
            .With("yaxis", yAxis)
            .With("autosize", true)
            .With("height", height)
            .With("margin", new Dictionary<string, object> { ["l"] = 64, ["r"] = 24, ["t"] = 64, ["b"] = 56 })
            .With("legend", Legend());

    /// <summary>The shared legend: horizontal rows at the bottom of the whole figure (<c>yref: "container"</c>), left-aligned.</summary>
    public static Dictionary<string, object> Legend() => new()
    {
        ["orientation"] = "h",
        ["x"] = 0,
        ["xanchor"] = "left",
        ["yref"] = "container",
        ["y"] = 0,
        ["yanchor"] = "bottom",
    };

    /// <summary>One chart holding <paramref name="traces"/> in order, with <paramref name="layout"/> and Plotly.NET's default template.</summary>
    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.addLayout(layout, GenericChart.combine(traces.Select(t => GenericChart.ofTraceObject(true, t))));

    /// <summary>The values with NaN and ±∞ replaced by null, which plotly.js draws as a gap.</summary>
    public static double?[] Plottable(IEnumerable<double> values) =>
        values.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray();
}
