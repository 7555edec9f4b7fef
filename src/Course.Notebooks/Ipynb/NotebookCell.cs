using System.Text.Json.Nodes;

namespace Course.Notebooks.Ipynb;

/// <summary>
/// One cell of a notebook, a view over its JSON object: everything not changed through this class
/// (metadata, attachments, unknown keys, the source's line split) is written back exactly as read.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json) => Json = json;

    /// <summary>The cell's JSON object.</summary>
    public JsonObject Json { get; }

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? throw new FormatException("A cell has no cell_type.");

    /// <summary>Whether this is a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell id (nbformat 4.5), or <see langword="null"/> in older notebooks.</summary>
    public string? Id
    {
        get => Json["id"]?.GetValue<string>();
        internal set => Json["id"] = value;
    }

    /// <summary>The source as one string; set, it is written as nbformat's list of lines that each keep their line ending.</summary>
    public string Source
    {
        get => NotebookJson.Join(Json["source"]);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Json["source"] = NotebookJson.Lines(value);
        }
    }

    /// <summary>The cell's metadata object (created empty if missing).</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? (JsonObject)(Json["metadata"] = new JsonObject());

    /// <summary>
    /// The language a Polyglot Notebooks cell declares (<c>polyglot_notebook.kernelName</c> or
    /// <c>dotnet_interactive.language</c>); <c>csharp</c> when the cell declares none.
    /// </summary>
    public string Language =>
        Metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? Metadata["dotnet_interactive"]?["language"]?.GetValue<string>()
        ?? "csharp";

    /// <summary>The code cell's outputs (empty for other cells).</summary>
    public JsonArray Outputs => Json["outputs"] as JsonArray ?? [];

    /// <summary>The code cell's execution count, or <see langword="null"/> if it has not run.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"]?.GetValue<int>();
        set => Json["execution_count"] = value;
    }

    /// <summary>Replaces a code cell's outputs.</summary>
    /// <param name="outputs">The new outputs.</param>
    public void SetOutputs(JsonArray outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (!IsCode)
        {
            throw new InvalidOperationException($"Only code cells have outputs; this is a {CellType} cell.");
        }

        Json["outputs"] = outputs;
    }
}
