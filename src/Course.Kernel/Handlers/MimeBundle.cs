using System.Text.Json;
using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>Turns an engine's formatted value into the <c>data</c> object of a display message.</summary>
public static class MimeBundle
{
    /// <summary>
    /// The <c>data</c> object: each representation as a string, except JSON MIME types
    /// (<c>application/json</c>, <c>…+json</c>) whose text is embedded as JSON, as nbformat stores them.
    /// </summary>
    /// <param name="value">The formatted value.</param>
    public static JsonObject ToJson(FormattedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = new JsonObject();
        foreach (var content in value.Contents)
        {
            json[content.MimeType] = content.IsJson ? ParseOrKeep(content.Content) : JsonValue.Create(content.Content);
        }

        return json;
    }

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
