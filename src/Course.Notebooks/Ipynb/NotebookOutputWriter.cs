using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Notebooks.Ipynb;

/// <summary>
/// An <see cref="IOutputSink"/> that writes a notebook's outputs into its cells: consecutive stream
/// text of the same stream becomes one output, and an update of a display replaces that display's
/// data wherever in the notebook it was shown.
/// </summary>
public sealed class NotebookOutputWriter : IOutputSink
{
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);
    private JsonArray outputs = [];

    /// <summary>Starts collecting the outputs of a cell, replacing any it had.</summary>
    /// <param name="cell">The code cell about to run.</param>
    public void BeginCell(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        outputs = [];
        cell.SetOutputs(outputs);
    }

    /// <inheritdoc/>
    public void WriteStream(OutputStream stream, string text)
    {
        var name = NotebookOutputs.StreamName(stream);
        if (outputs.Count > 0 && outputs[^1] is JsonObject last
            && last["output_type"]?.GetValue<string>() == "stream"
            && last["name"]?.GetValue<string>() == name)
        {
            last["text"] = NotebookJson.Lines(NotebookJson.Join(last["text"]) + text);
            return;
        }

        outputs.Add(NotebookOutputs.Stream(stream, text));
    }

    /// <inheritdoc/>
    public void WriteDisplay(FormattedValue value, string displayId)
    {
        var output = NotebookOutputs.DisplayData(value);
        displays[displayId] = output;
        outputs.Add(output);
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
        outputs.Add(NotebookOutputs.ExecuteResult(value, executionCount));

    /// <inheritdoc/>
    public void WriteError(CellError error) => outputs.Add(NotebookOutputs.Error(error));
}
