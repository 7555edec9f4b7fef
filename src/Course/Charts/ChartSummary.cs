using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Charts;

/// <summary>
/// The <c>text/plain</c> form of a chart: its title, axis titles and traces in a few lines, for consoles,
/// logs, and clients that draw no charts.
/// </summary>
public static class ChartSummary
{
    private const int TracesListed = 8;

    /// <summary>Describes a figure (<see cref="ChartFigure.Of"/>).</summary>
    /// <param name="figure">The figure object: <c>data</c> array and <c>layout</c> object.</param>
    /// <returns>For example <c>Chart "Loss per step" (x: step, y: loss), 2 traces: line "SGD", line "Momentum"</c>.</returns>
    public static string Describe(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var layout = figure["layout"] as JsonObject;
        var traces = figure["data"] as JsonArray ?? [];
        var text = new StringBuilder("Chart");
        if (Title(layout?["title"]) is { } title)
        {
            text.Append(" \"").Append(title).Append('"');
        }

        var axes = new[] { "x", "y" }
            .Select(axis => (axis, title: Title((layout?[axis + "axis"] as JsonObject)?["title"])))
            .Where(a => a.title is not null)
            .Select(a => $"{a.axis}: {a.title}")
            .ToList();
        if (axes.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", axes).Append(')');
        }

        text.Append(", ").Append(traces.Count).Append(traces.Count == 1 ? " trace" : " traces");
        if (traces.Count > 0)
        {
            text.Append(": ").AppendJoin(", ", traces.Take(TracesListed).Select(t => Trace(t as JsonObject)));
            if (traces.Count > TracesListed)
            {
                text.Append(", … ").Append(traces.Count - TracesListed).Append(" more");
            }
        }

        return text.ToString();
    }

    private static string Trace(JsonObject? trace)
    {
        var type = Text(trace?["type"]) ?? "scatter";
        var mode = Text(trace?["mode"]);
        var kind = type == "scatter" && mode is not null
            ? mode.Contains("lines", StringComparison.Ordinal) ? "line" : "markers"
            : type;
        return Text(trace?["name"]) is { Length: > 0 } name ? $"{kind} \"{name}\"" : kind;
    }

    private static string? Title(JsonNode? title) =>
        Text(title is JsonObject o ? o["text"] : title) is { Length: > 0 } text ? text : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
