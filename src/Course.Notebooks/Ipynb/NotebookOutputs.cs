using System.Text.Json;
using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Notebooks.Ipynb;

/// <summary>Builds nbformat output objects (keys in Jupyter's sorted order).</summary>
public static class NotebookOutputs
{
    /// <summary>A <c>stream</c> output.</summary>
    /// <param name="stream">stdout or stderr.</param>
    /// <param name="text">The text written.</param>
    /// <returns>The output object.</returns>
    public static JsonObject Stream(OutputStream stream, string text) => new()
    {
        ["name"] = StreamName(stream),
        ["output_type"] = "stream",
        ["text"] = NotebookJson.Lines(text),
    };

    /// <summary>A <c>display_data</c> output.</summary>
    /// <param name="value">The formatted value.</param>
    /// <returns>The output object.</returns>
    public static JsonObject DisplayData(FormattedValue value) => new()
    {
        ["data"] = Data(value),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    /// <summary>An <c>execute_result</c> output.</summary>
    /// <param name="value">The formatted value.</param>
    /// <param name="executionCount">The cell's execution count.</param>
    /// <returns>The output object.</returns>
    public static JsonObject ExecuteResult(FormattedValue value, int executionCount) => new()
    {
        ["data"] = Data(value),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    };

    /// <summary>An <c>error</c> output.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The output object.</returns>
    public static JsonObject Error(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray([.. error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line))]),
    };

    /// <summary>The nbformat name of a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns><c>stdout</c> or <c>stderr</c>.</returns>
    public static string StreamName(OutputStream stream) => stream == OutputStream.StandardOutput ? "stdout" : "stderr";

    /// <summary>
    /// The <c>data</c> bundle of a value: text as nbformat's list of lines, JSON MIME types
    /// (<c>application/json</c>, <c>…+json</c>) as JSON values.
    /// </summary>
    /// <param name="value">The formatted value.</param>
    /// <returns>The MIME bundle.</returns>
    public static JsonObject Data(FormattedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = new JsonObject();
        foreach (var content in value.Contents)
        {
            data[content.MimeType] = content.IsJson ? ParseJsonOrText(content.Content) : NotebookJson.Lines(content.Content);
        }

        return data;
    }

    private static JsonNode? ParseJsonOrText(string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (JsonException)
        {
            return JsonValue.Create(content);
        }
    }
}
