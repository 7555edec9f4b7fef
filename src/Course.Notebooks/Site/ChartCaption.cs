using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Notebooks.Site;

/// <summary>
/// The caption under a chart on the site, which is also its text alternative: the chart's title, then a
/// short summary of its data (each line's name, length and where it starts and ends), read from the
/// output's Plotly figure (<c>application/vnd.plotly.v1+json</c>), else the output's <c>text/plain</c>.
/// </summary>
internal static class ChartCaption
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
        var traces = (figure["data"] as JsonArray ?? []).OfType<JsonObject>().Where(t => Text(t["name"]) is not null || t["y"] is JsonArray).ToList();
        var caption = new StringBuilder();
        if (title is not null)
        {
            caption.Append("<span class=\"chart-title\">").Append(OutputHtml.Encode(StripTags(title))).Append(".</span> ");
        }

        var xTitle = AxisTitle(layout, "xaxis");
        var yTitle = AxisTitle(layout, "yaxis");
        var parts = traces.Take(TracesSummarised).Select(t => Describe(t, xTitle, yTitle)).Where(p => p.Length > 0).ToList();
        if (traces.Count > TracesSummarised)
        {
            parts.Add($"and {traces.Count - TracesSummarised} more series");
        }

        if (parts.Count > 0)
        {
            caption.Append("<span class=\"chart-data\">").Append(OutputHtml.Encode(string.Join("; ", parts))).Append(".</span>");
        }

        return caption.ToString();
    }

    private static string Describe(JsonObject trace, string? xTitle, string? yTitle)
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
            return $"{label}: {ys.Count} points, {yTitle ?? "y"} {Number(ys[0])} at {xTitle ?? "x"} = {Number(xs[0])} to {Number(ys[^1])} at {Number(xs[^1])}";
        }

        return ys.Count == 1 ? $"{label}: {Number(ys[0])}" : $"{label}: {ys.Count} points from {Number(ys[0])} to {Number(ys[^1])}";
    }

    private static string? AxisTitle(JsonObject? layout, string axis) =>
        layout?[axis] is JsonObject a ? Text(a["title"] is JsonObject t ? t["text"] : a["title"]) : null;

    private static List<double> Numbers(JsonNode? node) =>
        node is JsonArray array
            ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.Number).Select(v => v.GetValue<double>())]
            : [];

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string StripTags(string text) => System.Text.RegularExpressions.Regex.Replace(text, "<[^>]+>", " ").Trim();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
