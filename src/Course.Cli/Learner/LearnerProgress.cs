using System.Text.Json;
using System.Text.Json.Nodes;
using Course.Checks.Rendering;
using Course.Checks.Sessions;
using Course.Notebooks.Ipynb;

namespace Course.Cli.Learner;

/// <summary>One lesson of a learner's copy: each of its checks and where it stands, or why the notebook could not be read.</summary>
/// <param name="Lesson">The notebook's file name without <c>.ipynb</c>.</param>
/// <param name="Checks">Each check id with its standing, in cell order.</param>
/// <param name="Problem">Why the notebook could not be read; <see langword="null"/> when it was.</param>
public sealed record LessonProgress(string Lesson, IReadOnlyList<(string Id, CheckStanding Standing)> Checks, string? Problem = null)
{
    /// <summary>How many checks stand at <paramref name="standing"/>.</summary>
    public int Count(CheckStanding standing) => Checks.Count(c => c.Standing == standing);
}

/// <summary>
/// Reads how far a learner has got from the notebooks they saved: every check cell (<c>Quiz.Ask</c>,
/// <c>Exercise.Check</c>) and the result it last wrote (<see cref="CheckFormatting.JsonMimeType"/>). Runs nothing.
/// </summary>
public static class LearnerProgress
{
    /// <summary>The progress of every lesson in <paramref name="folder"/>, in file-name order.</summary>
    /// <param name="folder">The learner's copy of the course.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The folder holds no notebooks.</exception>
    public static IReadOnlyList<LessonProgress> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder} does not exist; make your copy with `course start` first, or name the folder that holds your lessons.");
        }

        var notebooks = Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        if (notebooks.Length == 0)
        {
            throw new IOException($"{folder} holds no lessons (.ipynb files).");
        }

        return notebooks.Select(ReadLesson).ToArray();
    }

    /// <summary>The progress of one saved notebook.</summary>
    /// <param name="path">The .ipynb file.</param>
    public static LessonProgress ReadLesson(string path)
    {
        var lesson = Path.GetFileNameWithoutExtension(path);
        JsonArray cells;
        try
        {
            cells = JsonNode.Parse(File.ReadAllText(path))?["cells"] as JsonArray ?? throw new JsonException("it has no list of cells");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new LessonProgress(lesson, [], $"cannot read it: {e.Message.Split('\n')[0]}");
        }

        var checks = new List<(string Id, CheckStanding Standing)>();
        foreach (var cell in cells.OfType<JsonObject>().Where(c => Text(c["cell_type"]) == "code"))
        {
            var results = Results(cell["outputs"] as JsonArray);
            foreach (var id in CheckCalls.Ids(Text(cell["source"])))
            {
                checks.Add((id, results.TryGetValue(id, out var standing) ? standing : CheckStanding.NotTried));
            }
        }

        return new LessonProgress(lesson, checks);
    }

    private static Dictionary<string, CheckStanding> Results(JsonArray? outputs)
    {
        var results = new Dictionary<string, CheckStanding>(StringComparer.Ordinal);
        foreach (var data in (outputs ?? []).OfType<JsonObject>().Select(o => o["data"]?[CheckFormatting.JsonMimeType]))
        {
            var result = data switch
            {
                JsonObject json => json,
                JsonValue text when text.TryGetValue(out string? s) => TryParse(s),
                JsonArray lines => TryParse(Text(lines)),
                _ => null,
            };
            if (result?["questionId"] is JsonValue id && id.TryGetValue(out string? questionId))
            {
                results[questionId] = Flag(result, "unanswered") ? CheckStanding.NotTried : Flag(result, "correct") ? CheckStanding.Passed : CheckStanding.Failed;
            }
        }

        return results;
    }

    private static bool Flag(JsonObject result, string name) => result[name] is JsonValue value && value.TryGetValue(out bool flag) && flag;

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty)),
        JsonValue value when value.TryGetValue(out string? s) => s,
        _ => string.Empty,
    };
}
