using System.Text.Json.Nodes;

namespace Course.Cli.Tests.Tools;

/// <summary>A notebook of code cells written for a test, as the text of an .ipynb file (nbformat 4.5).</summary>
internal static class CodeNotebook
{
    /// <summary>The .ipynb text of a notebook with one unexecuted code cell per source, ids <c>cell-0</c>, <c>cell-1</c>, ….</summary>
    /// <param name="sources">Each cell's C#.</param>
    public static string Of(params string[] sources) => new JsonObject
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject(),
        ["cells"] = new JsonArray([.. sources.Select((source, i) => (JsonNode)new JsonObject
        {
            ["cell_type"] = "code",
            ["id"] = $"cell-{i}",
            ["metadata"] = new JsonObject(),
            ["execution_count"] = null,
            ["outputs"] = new JsonArray(),
            ["source"] = source,
        })]),
    }.ToJsonString();
}
