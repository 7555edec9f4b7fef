using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Course.Notebooks.Site;

/// <summary>
/// The caption under a chart on the site, which is also its text alternative: the chart's title, then a
/// short summary of its data (the axes once, then each shown line's name, length and where it starts and ends;
/// a path over a contour map as points of the plane), read from the
/// output's Plotly figure (<c>application/vnd.plotly.v1+json</c>), else the output's <c>text/plain</c>.
/// </summary>
internal static partial class ChartCaption
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    private const int TracesSummarised = 6;

    public static string Of(JsonObject data)
    {
        if (data[PlotlyMimeType] is JsonObject figure)
        {
            return FromFigure(figure);
        }

        return data["text/plain"] is { } text ? OutputHtml.Encode(Ipynb.NotebookJson.Join(text)) : string.Empty;
    }

    private static string FromFigure(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject;
        var title = Text(layout?["title"] is JsonObject t ? t["text"] : layout?["title"]);
        var traces = (figure["data"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(t => t["visible"] is not JsonValue visible || visible.GetValueKind() != JsonValueKind.False)
            .Where(t => Text(t["name"]) is not null || t["y"] is JsonArray)
            .ToList();
        var caption = new StringBuilder();
        if (title is not null)
        {
            caption.Append("<span class=\"chart-title\">").Append(OutputHtml.Encode(StripTags(title))).Append(".</span> ");
        }

        // Paths drawn over a contour map are points of the plane; other lines are a quantity against another, named once.
        var plane = traces.Any(t => Text(t["type"]) is "contour" or "heatmap");
        var xTitle = AxisTitle(layout, "xaxis");
        var yTitle = AxisTitle(layout, "yaxis");
        var parts = traces.Take(TracesSummarised).Select(t => Describe(t, plane)).Where(p => p.Length > 0 && p != title).ToList();
        if (traces.Count > TracesSummarised)
        {
            parts.Add($"and {traces.Count - TracesSummarised} more series");
        }

        if (parts.Count > 0)
        {
            var axes = !plane && xTitle is not null && yTitle is not null ? $"{yTitle} against {xTitle}: " : string.Empty;
            caption.Append("<span class=\"chart-data\">").Append(OutputHtml.Encode(axes + string.Join("; ", parts))).Append(".</span>");
        }

        return caption.ToString();
    }

    private static string Describe(JsonObject trace, bool plane)
    {
        var name = Text(trace["name"]);
        var ys = Numbers(trace["y"]);
        var xs = Numbers(trace["x"]);
        if ((Text(trace["type"]) ?? "scatter") != "scatter" || ys.Count == 0)
        {
            return name ?? string.Empty;
        }

        var label = name ?? "series";
        if (xs.Count == ys.Count && ys.Count > 1)
        {
            return plane
                ? $"{label}: {ys.Count} points from ({Number(xs[0])}, {Number(ys[0])}) to ({Number(xs[^1])}, {Number(ys[^1])})"
                : $"{label}: {ys.Count} points, from {Number(ys[0])} at {Number(xs[0])} to {Number(ys[^1])} at {Number(xs[^1])}";
        }

        if (ys.Count == 1)
        {
            return xs.Count == 1 ? $"{label} at ({Number(xs[0])}, {Number(ys[0])})" : $"{label}: {Number(ys[0])}";
        }

        return $"{label}: {ys.Count} points from {Number(ys[0])} to {Number(ys[^1])}";
    }

    /// <summary>The axis's title, or null when it has none or an empty one (a bar chart's category axis).</summary>
    private static string? AxisTitle(JsonObject? layout, string axis) =>
        layout?[axis] is JsonObject a && Text(a["title"] is JsonObject t ? t["text"] : a["title"]) is { Length: > 0 } title ? title : null;

    private static List<double> Numbers(JsonNode? node) =>
        node is JsonArray array
            ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.Number).Select(v => v.Deserialize<double>())]
            : [];

    /// <summary>Three significant digits (<c>1420</c>, <c>0.000439</c>); below 0.001 or from 10 000 on as <c>5.53×10⁻²⁰</c>, not <c>5.53E-20</c>.</summary>
    private static string Number(double value)
    {
        var rounded = double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (rounded == 0 || Math.Abs(rounded) is >= 1e-3 and < 1e4)
        {
            return rounded.ToString("0.#########", CultureInfo.InvariantCulture);
        }

        return Exponent().Replace(
            rounded.ToString("0.##E+0", CultureInfo.InvariantCulture),
            m => "×10" + string.Concat(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture).Select(Superscript)));
    }

    private static char Superscript(char c) => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'];

    [GeneratedRegex("E([+-]?[0-9]+)")]
    private static partial Regex Exponent();

    private static string StripTags(string text) => Regex.Replace(text, "<[^>]+>", " ").Trim();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
