using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Course.Kernel.Tests.StudentEdition;

/// <summary>
/// What a reader of an executed lesson sees: its error outputs, the cells that drew a chart, the cells whose last
/// expression is a chart (read from the source, so independent of the run), and the text written to the streams.
/// </summary>
internal sealed partial class ExecutedLesson
{
    private readonly JsonNode notebook;

    public ExecutedLesson(string path)
    {
        notebook = JsonNode.Parse(File.ReadAllText(path))!;
        Name = Path.GetFileName(path);
    }

    public string Name { get; }

    private IEnumerable<JsonNode> CodeCells => ReleasedCourse.Cells(notebook).Where(c => c["cell_type"]!.GetValue<string>() == "code");

    /// <summary>Every error output, as "cell id: name: message".</summary>
    public IEnumerable<string> Errors => CodeCells.SelectMany(c => Outputs(c)
        .Where(o => o["output_type"]!.GetValue<string>() == "error")
        .Select(o => $"{Name} cell {c["id"]}: {o["ename"]}: {o["evalue"]}"));

    /// <summary>Cells whose source ends in an expression that builds a chart (<c>LossChart.Of(…)</c>, <c>SurfaceChart.Contour(…)</c>, …).</summary>
    public IEnumerable<string> ChartCellsBySource => CodeCells
        .Where(c => EndsWithChart(ReleasedCourse.Source(c)))
        .Select(c => c["id"]!.GetValue<string>());

    /// <summary>Cells with an output that draws a plotly chart (the plotly MIME type, or HTML that calls Plotly.newPlot).</summary>
    public IEnumerable<string> ChartCellsDrawn => CodeCells
        .Where(c => Outputs(c).Any(o => o["data"] is JsonObject data
            && (data.ContainsKey("application/vnd.plotly.v1+json") || Text(data["text/html"]).Contains("Plotly.newPlot", StringComparison.Ordinal))))
        .Select(c => c["id"]!.GetValue<string>());

    /// <summary>Everything written to stdout, cell by cell.</summary>
    public string Streams => string.Join("\n", CodeCells.SelectMany(c => Outputs(c)
        .Where(o => o["output_type"]!.GetValue<string>() == "stream")
        .Select(o => Text(o["text"]))));

    /// <summary>The check card (plain text) of the cell that checks <paramref name="id"/>.</summary>
    public string CheckCard(string id) => string.Join("\n", CodeCells
        .Where(c => ReleasedCourse.Source(c).Contains($"Exercise.Check(\"{id}\"", StringComparison.Ordinal))
        .SelectMany(Outputs)
        .Select(o => Text(o["data"]?["text/plain"])));

    /// <summary>The progress card (plain text) of the lesson's <c>Progress.Card(…)</c> cell.</summary>
    public string ProgressCard => string.Join("\n", CodeCells
        .Where(c => ReleasedCourse.Source(c).Contains("Progress.Card(", StringComparison.Ordinal))
        .SelectMany(Outputs)
        .Select(o => Text(o["data"]?["text/plain"])));

    /// <summary>How many distinct checks the lesson runs (<c>Quiz.Ask</c> and <c>Exercise.Check</c> calls in its source).</summary>
    public int CheckCount => CodeCells.SelectMany(c => CheckCall().Matches(ReleasedCourse.Source(c)).Select(m => m.Groups["id"].Value)).Distinct(StringComparer.Ordinal).Count();

    private static IEnumerable<JsonObject> Outputs(JsonNode cell) => cell["outputs"]!.AsArray().Select(o => o!.AsObject());

    private static string Text(JsonNode? text) =>
        text is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : text?.GetValue<string>() ?? string.Empty;

    private static bool EndsWithChart(string source)
    {
        var code = source.TrimEnd();
        if (code.EndsWith(';') || code.Length == 0)
        {
            return false;
        }

        // The last statement starts on the last line that begins in column 0 and is not a closing bracket or a comment.
        var lines = code.Split('\n');
        var start = Array.FindLastIndex(lines, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l[0] is not ('}' or ')') && !l.StartsWith("//", StringComparison.Ordinal));
        return ChartCall().IsMatch(string.Join('\n', lines[Math.Max(start, 0)..]));
    }

    [GeneratedRegex("""(?:Quiz\.Ask|Exercise\.Check)\s*\(\s*"(?<id>[^"]+)"\s*,""")]
    private static partial Regex CheckCall();

    [GeneratedRegex(@"\b\w*Chart\.\w+\(")]
    private static partial Regex ChartCall();
}
