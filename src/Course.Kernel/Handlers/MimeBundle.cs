using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Kernel.Handlers;

/// <summary>Turns a MIME-type-to-text map into the <c>data</c> object of a display message.</summary>
public static class MimeBundle
{
    /// <summary>
    /// The <c>data</c> object: text values as strings, except JSON MIME types (<c>application/json</c>,
    /// <c>…+json</c>) whose text is embedded as JSON, as nbformat stores them.
    /// </summary>
    /// <param name="data">MIME type to representation.</param>
    public static JsonObject ToJson(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var json = new JsonObject();
        foreach (var (mimeType, text) in data)
        {
            json[mimeType] = IsJson(mimeType) ? ParseOrKeep(text) : JsonValue.Create(text);
        }

        return json;
    }

    private static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseOrKeep(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
