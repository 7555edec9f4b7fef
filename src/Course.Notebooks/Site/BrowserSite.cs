using System.Text;
using System.Text.Json;

namespace Course.Notebooks.Site;

/// <summary>
/// Writes the in-browser course: the site's index and one page per lesson whose code cells are editors
/// the learner runs in the page, on the course engine compiled to WebAssembly (the app folder built from
/// <c>src/Course.Browser</c>: <c>_framework/</c>, the worker and the page scripts). Everything is static
/// files: serve the folder from any web server; nothing is fetched from elsewhere.
/// </summary>
public static class BrowserSite
{
    /// <summary>The folder, inside the site, that holds the app (runtime, worker, page scripts).</summary>
    public const string AppFolder = "app";

    /// <summary>
    /// The folder, inside the site, that holds the course's data sets (<c>data/*.csv</c>), and the file there that
    /// lists them: the worker fetches each one and writes it to <c>/data/</c> in .NET's in-memory file system, where
    /// <c>Datasets.Digits()</c> and <c>Datasets.BreastCancer()</c> look first.
    /// </summary>
    public const string DataFolder = "data";

    /// <summary>The list of data files in <see cref="DataFolder"/>, a JSON array of file names.</summary>
    public const string DataList = "files.json";

    /// <summary>Writes the site into <paramref name="outputDirectory"/>.</summary>
    /// <param name="outline">The whole course, for the index and the navigation.</param>
    /// <param name="lessons">The lessons to write pages for.</param>
    /// <param name="appDirectory">The built app: <c>_framework/</c> and the page scripts (<c>lesson.js</c>, <c>worker.js</c>, …).</param>
    /// <param name="dataDirectory">The course's data sets (the repository's <c>data/</c>): every <c>*.csv</c> there is served.</param>
    /// <param name="outputDirectory">The site's folder; created if missing. Lesson pages there are replaced.</param>
    /// <param name="plotlyScript">plotly.js, written once as <c>plotly.min.js</c>.</param>
    public static void Write(CourseOutline outline, IReadOnlyList<BrowserLesson> lessons, string appDirectory, string dataDirectory, string outputDirectory, string plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(plotlyScript);
        if (!File.Exists(Path.Combine(appDirectory, "_framework", "dotnet.js")))
        {
            throw new DirectoryNotFoundException($"{appDirectory} holds no built app (_framework/dotnet.js); build src/Course.Browser first.");
        }

        Directory.CreateDirectory(outputDirectory);
        SiteAssets.CopyTo(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, "plotly.min.js"), plotlyScript, Encoding.UTF8);
        CopyFolder(appDirectory, Path.Combine(outputDirectory, AppFolder));
        WriteData(dataDirectory, Path.Combine(outputDirectory, DataFolder));
        var slugs = lessons.Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);
        bool HasPage(OutlineLesson lesson) => slugs.Contains(lesson.Slug);
        File.WriteAllText(Path.Combine(outputDirectory, "index.html"), IndexPage.Render(outline, new Dictionary<string, Running.NotebookRunResult>(), HasPage), Encoding.UTF8);
        foreach (var lesson in lessons)
        {
            File.WriteAllText(Path.Combine(outputDirectory, lesson.Slug + ".html"), BrowserLessonPage.Render(lesson, outline, HasPage), Encoding.UTF8);
        }
    }

    private static void WriteData(string source, string target)
    {
        var files = Directory.Exists(source) ? Directory.GetFiles(source, "*.csv").Order(StringComparer.Ordinal).ToArray() : [];
        Directory.CreateDirectory(target);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(target, DataList), JsonSerializer.Serialize(files.Select(Path.GetFileName)), Encoding.UTF8);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
