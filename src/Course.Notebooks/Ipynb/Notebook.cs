using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Course.Notebooks.Ipynb;

/// <summary>
/// An nbformat 4 notebook, a view over its JSON: cells, notebook metadata (kernelspec, language_info,
/// Polyglot Notebooks metadata and anything else) and unknown keys are kept exactly as read.
/// </summary>
public sealed class Notebook
{
    /// <summary>The kernelspec name the course's lessons declare.</summary>
    public const string CourseKernelName = "course-csharp";

    private Notebook(JsonObject json, string? sourcePath)
    {
        Json = json;
        SourcePath = sourcePath;
        if (json["nbformat"]?.GetValue<int>() != 4)
        {
            throw new FormatException($"Only nbformat 4 notebooks are supported; this one declares nbformat {json["nbformat"]?.ToJsonString() ?? "nothing"}.");
        }

        if (json["cells"] is not JsonArray cells)
        {
            throw new FormatException("A notebook must have a cells array.");
        }

        Cells = [.. cells.Select(c => new NotebookCell(c as JsonObject ?? throw new FormatException("Every cell must be a JSON object.")))];
    }

    /// <summary>The notebook's JSON object.</summary>
    public JsonObject Json { get; }

    /// <summary>The file the notebook was loaded from, if any; <see cref="Save"/> refuses to overwrite it unless asked.</summary>
    public string? SourcePath { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook-level metadata object.</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? (JsonObject)(Json["metadata"] = new JsonObject());

    /// <summary>The notebook's minor format version (5 for nbformat 4.5).</summary>
    public int FormatMinor => Json["nbformat_minor"]?.GetValue<int>() ?? 0;

    /// <summary>Parses a notebook from its JSON text.</summary>
    /// <param name="json">The .ipynb content.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="FormatException">The text is not an nbformat 4 notebook.</exception>
    public static Notebook Parse(string json) => new(NotebookJson.Parse(json), null);

    /// <summary>Reads a notebook from a file.</summary>
    /// <param name="path">The .ipynb file.</param>
    /// <returns>The notebook, remembering <paramref name="path"/> as its source.</returns>
    public static Notebook Load(string path) =>
        new(NotebookJson.Parse(File.ReadAllText(path, Encoding.UTF8)), Path.GetFullPath(path));

    /// <summary>The notebook as .ipynb JSON text.</summary>
    /// <returns>JSON laid out as Jupyter writes it.</returns>
    public string ToJson() => NotebookJson.Write(Json);

    /// <summary>Writes the notebook to a file.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="overwriteSource">Must be <see langword="true"/> to write over the file the notebook was loaded from.</param>
    /// <exception cref="InvalidOperationException"><paramref name="path"/> is the source file and overwriting was not asked for.</exception>
    public void Save(string path, bool overwriteSource = false)
    {
        var full = Path.GetFullPath(path);
        if (!overwriteSource && SourcePath is not null && string.Equals(full, SourcePath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to overwrite the notebook's own source {full}; pass overwriteSource: true to do that.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>
    /// Brings the notebook to nbformat 4.5: gives every cell without one an id derived from its
    /// position and source (so the same notebook always gets the same ids) and sets the minor version.
    /// Cells that already have ids keep them.
    /// </summary>
    public void UpgradeToCellIds()
    {
        var used = new HashSet<string>(Cells.Select(c => c.Id).OfType<string>(), StringComparer.Ordinal);
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Id is not null)
            {
                continue;
            }

            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{i}\n{Cells[i].Source}"));
            var id = Convert.ToHexStringLower(hash)[..12];
            while (!used.Add(id))
            {
                id += "x";
            }

            Cells[i].Id = id;
        }

        if (FormatMinor < 5)
        {
            Json["nbformat_minor"] = 5;
        }
    }

    /// <summary>Sets the notebook's kernelspec and language_info to the course's C# kernel, keeping other metadata.</summary>
    public void UseCourseKernel()
    {
        Metadata["kernelspec"] = new JsonObject
        {
            ["display_name"] = "C# (course)",
            ["language"] = "C#",
            ["name"] = CourseKernelName,
        };
        if (Metadata["language_info"] is not JsonObject)
        {
            Metadata["language_info"] = new JsonObject { ["name"] = "C#" };
        }
    }
}
