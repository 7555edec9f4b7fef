using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Course.Notebooks.Ipynb;

/// <summary>Reads and writes .ipynb JSON the way Jupyter lays it out (one-space indent, a final newline).</summary>
internal static partial class NotebookJson
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

    /// <summary>
    /// The JSON text, with characters outside the Basic Multilingual Plane (emoji) written as themselves,
    /// as Jupyter writes them, rather than as the escaped surrogate pairs System.Text.Json produces.
    /// </summary>
    public static string Write(JsonNode node) =>
        EscapedSurrogatePair().Replace(node.ToJsonString(WriteOptions), match =>
            char.ConvertFromUtf32(char.ConvertToUtf32(
                (char)Convert.ToInt32(match.Groups["high"].Value, 16),
                (char)Convert.ToInt32(match.Groups["low"].Value, 16)))) + "\n";

    /// <summary>An escaped surrogate pair whose backslash is not itself escaped.</summary>
    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex EscapedSurrogatePair();

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
