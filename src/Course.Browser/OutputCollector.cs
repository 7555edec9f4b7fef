using System.Text.Json.Nodes;
using Course.Notebooks.Execution;
using Course.Notebooks.Ipynb;

namespace Course.Browser;

/// <summary>
/// Collects one cell's outputs as nbformat output objects, the same shapes <c>course run</c> writes
/// into a notebook, so the page draws them as the site does and a downloaded notebook keeps them.
/// </summary>
internal sealed class OutputCollector : IOutputSink
{
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);

    /// <summary>The outputs so far, in order.</summary>
    public JsonArray Outputs { get; } = [];

    /// <inheritdoc/>
    public void WriteStream(OutputStream stream, string text)
    {
        var name = NotebookOutputs.StreamName(stream);
        if (Outputs.Count > 0 && Outputs[^1] is JsonObject last
            && last["output_type"]?.GetValue<string>() == "stream"
            && last["name"]?.GetValue<string>() == name)
        {
            last["text"] = (last["text"]?.GetValue<string>() ?? string.Empty) + text;
            return;
        }

        var output = NotebookOutputs.Stream(stream, text);
        output["text"] = text;
        Outputs.Add(output);
    }

    /// <inheritdoc/>
    public void WriteDisplay(FormattedValue value, string displayId)
    {
        var output = NotebookOutputs.DisplayData(value);
        displays[displayId] = output;
        Outputs.Add(output);
    }

    /// <inheritdoc/>
    public void UpdateDisplay(FormattedValue value, string displayId)
    {
        if (displays.TryGetValue(displayId, out var output))
        {
            output["data"] = NotebookOutputs.Data(value);
        }
    }

    /// <inheritdoc/>
    public void WriteResult(FormattedValue value, int executionCount) =>
        Outputs.Add(NotebookOutputs.ExecuteResult(value, executionCount));

    /// <inheritdoc/>
    public void WriteError(CellError error) => Outputs.Add(NotebookOutputs.Error(error));
}
