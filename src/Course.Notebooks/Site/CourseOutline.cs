using System.Text.Json;
using System.Text.Json.Nodes;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Site;

/// <summary>
/// The whole course as the site presents it: its title, a one-line description and every lesson in
/// order, read from the lesson folders (every <c>*.ipynb</c>, by name) and an optional <c>course.json</c>
/// beside them: <c>{ "title": …, "description": …, "summaries": { "03-momentum": "…" } }</c>.
/// Running one lesson still lists all of them, so the index and navigation keep every page.
/// </summary>
/// <param name="Title">The course's title.</param>
/// <param name="Description">One line under the title.</param>
/// <param name="Lessons">The lessons, in course order.</param>
public sealed record CourseOutline(string Title, string Description, IReadOnlyList<OutlineLesson> Lessons)
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFileName = "course.json";

    private const string DefaultTitle = "Lessons";

    /// <summary>Reads the outline of the folders holding <paramref name="notebooks"/>.</summary>
    /// <param name="notebooks">Paths of lesson notebooks; their folders are listed in full.</param>
    /// <returns>The outline; a notebook that cannot be read is left out.</returns>
    public static CourseOutline ForNotebooks(IEnumerable<string> notebooks)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var folders = notebooks.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal).ToList();
        var manifest = folders.Select(f => Path.Combine(f, ManifestFileName)).Where(File.Exists).Select(ReadManifest).FirstOrDefault();
        var summaries = manifest?["summaries"] as JsonObject;
        var lessons = folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ipynb"))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                var summary = Text(summaries?[slug]);
                try
                {
                    return OutlineLesson.From(slug, Notebook.Load(path), summary);
                }
                catch (Exception e) when (e is FormatException or JsonException or IOException or InvalidOperationException)
                {
                    return null;
                }
            })
            .OfType<OutlineLesson>()
            .ToList();
        return new CourseOutline(Text(manifest?["title"]) ?? DefaultTitle, Text(manifest?["description"]) ?? string.Empty, lessons);
    }

    /// <summary>The lessons before and after the one with this slug in course order, among those that have a page.</summary>
    /// <param name="slug">The lesson's slug.</param>
    /// <param name="hasPage">Whether a lesson's page exists.</param>
    public (OutlineLesson? Previous, OutlineLesson? Next) Neighbours(string slug, Func<OutlineLesson, bool> hasPage)
    {
        ArgumentNullException.ThrowIfNull(hasPage);
        var lessons = Lessons.Where(l => l.Slug == slug || hasPage(l)).ToList();
        var index = lessons.FindIndex(l => l.Slug == slug);
        return index < 0
            ? (null, null)
            : (index > 0 ? lessons[index - 1] : null, index + 1 < lessons.Count ? lessons[index + 1] : null);
    }

    private static JsonObject? ReadManifest(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
