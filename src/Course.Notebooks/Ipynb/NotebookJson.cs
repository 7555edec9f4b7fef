using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Notebooks.Ipynb;

/// <summary>Reads and writes .ipynb JSON the way Jupyter lays it out (one-space indent, a final newline).</summary>
internal static class NotebookJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, MaxDepth = 256 };

    public static JsonObject Parse(string json) =>
        JsonNode.Parse(json, NodeOptions, DocumentOptions) as JsonObject
        ?? throw new FormatException("A notebook must be a JSON object.");

    public static string Write(JsonNode node) => node.ToJsonString(WriteOptions) + "\n";

    /// <summary>Splits text into nbformat's list of lines, each keeping its line ending.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>Joins nbformat's "multiline string" (a string or a list of strings).</summary>
    public static string Join(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonArray array => string.Concat(array.Select(line => line?.GetValue<string>() ?? string.Empty)),
        _ => node.GetValue<string>(),
    };
}
