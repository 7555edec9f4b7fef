using System.Text.Json.Nodes;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// A notebook's code-cell outputs reduced to what a reader sees: output kind, stream name and text
/// (consecutive writes to one stream joined), MIME data (JSON with sorted keys and numbers in one spelling), error name and
/// message. Execution counts, metadata and display ids are left out, and durations ("12.8 s",
/// "40 ms") are masked, since two runs never take the same time.
/// </summary>
internal static partial class NotebookOutputs
{
    public static List<List<string>> Read(string path)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(path))!;
        return [.. notebook["cells"]!.AsArray()
            .Where(cell => cell!["cell_type"]!.GetValue<string>() == "code")
            .Select(cell => Normalize(cell!["outputs"]!.AsArray()))];
    }

    public static IEnumerable<string> Errors(string path) =>
        Read(path).SelectMany(outputs => outputs).Where(output => output.StartsWith("error", StringComparison.Ordinal));

    private static List<string> Normalize(JsonArray outputs)
    {
        var normalized = new List<string>();
        string? openStream = null;
        foreach (var output in outputs.Select(o => o!.AsObject()))
        {
            var type = output["output_type"]!.GetValue<string>();
            switch (type)
            {
                case "stream":
                    var name = output["name"]!.GetValue<string>();
                    var text = Join(output["text"]);
                    if (openStream == name)
                    {
                        normalized[^1] += text;
                    }
                    else
                    {
                        normalized.Add($"stream {name}: {text}");
                    }

                    openStream = name;
                    continue;
                case "error":
                    normalized.Add($"error {output["ename"]}: {output["evalue"]}");
                    break;
                default:
                    var data = output["data"]!.AsObject()
                        .OrderBy(p => p.Key, StringComparer.Ordinal)
                        .Select(p => $"{p.Key}: {(p.Key.EndsWith("json", StringComparison.Ordinal) ? Sorted(p.Value)!.ToJsonString() : Join(p.Value))}");
                    normalized.Add($"{type}: {string.Join("\n", data)}");
                    break;
            }

            openStream = null;
        }

        return normalized;
    }

    private static string Join(JsonNode? text) => Duration().Replace(
        text is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : text?.GetValue<string>() ?? string.Empty,
        "<duration>");

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),

        // One number, one spelling: Plotly.NET writes 4.5E-05 where Python's json (nbconvert) writes 4.5e-05.
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(v.GetValue<double>()),
        _ => node?.DeepClone(),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+(\.\d+)? ?(ms|s)\b")]
    private static partial System.Text.RegularExpressions.Regex Duration();
}
