using System.CommandLine;
using Course.Charts;
using Course.Cli.Running;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;
using Course.Notebooks.Site;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course browser [--output dir] [--app dir]</c>: writes the in-browser course (every lesson's student
/// version as a page whose cells run in the browser on .NET WebAssembly) to artifacts/browser/, from the app
/// that building <c>src/Course.Browser</c> produced. A missing app or lesson folder is one line and exit code 2.
/// </summary>
public static class BrowserCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>browser</c> command.</returns>
    public static Command Create()
    {
        var output = new Option<string?>("--output")
        {
            Description = "Folder for the site (default: the repository's artifacts/browser/).",
        };
        var app = new Option<string?>("--app")
        {
            Description = "The built app folder (default: the trimmed wwwroot/ that building src/Course.Browser published beside this command's build).",
        };
        var command = new Command("browser", "Write the course as static pages whose C# cells run in the browser (no install, works offline once served).")
        {
            output,
            app,
        };
        command.SetAction(parse =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory);
            return Run(
                Path.Combine(root, "notebooks"),
                parse.GetValue(app) ?? DefaultApp(),
                Path.Combine(root, "data"),
                Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root, "artifacts", "browser")),
                Console.Out,
                Console.Error);
        });
        return command;
    }

    /// <summary>Writes the site.</summary>
    /// <param name="notebooks">The instructor's lesson folder; pages get each lesson's student version.</param>
    /// <param name="app">The built app folder (<c>_framework/</c>, the worker and page scripts).</param>
    /// <param name="data">The course's data sets, served beside the pages for the lessons that load them.</param>
    /// <param name="output">The site's folder.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where a problem goes, in one line.</param>
    /// <returns>0 on success, 2 when the app or the lessons are missing or a lesson cannot be released.</returns>
    public static int Run(string notebooks, string app, string data, string output, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var paths = Directory.Exists(notebooks) ? Directory.GetFiles(notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray() : [];
        if (paths.Length == 0)
        {
            stderr.WriteLine($"browser: no lessons found in {notebooks}; run this from the course repository.");
            return 2;
        }

        try
        {
            var lessons = paths
                .Select(path => new BrowserLesson(Path.GetFileNameWithoutExtension(path), StudentRelease.Create(Notebook.Load(path)).Student))
                .ToList();
            BrowserSite.Write(CourseOutline.ForNotebooks(paths), lessons, app, data, output, ChartFormatterHtml.PlotlyScript());
            stdout.WriteLine($"Wrote the in-browser course ({lessons.Count} lessons) to {output}.");
            stdout.WriteLine($"Serve it and open the address it prints: python3 -m http.server 8000 --bind 127.0.0.1 --directory {output}  (then http://127.0.0.1:8000/)");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ReleaseException or FormatException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"browser: {e.Message.Split('\n')[0].Trim()}");
            return 2;
        }
    }

    /// <summary>
    /// The app built beside this command, trimmed (building Course.Browser publishes it):
    /// <c>artifacts/publish/Course.Browser/&lt;configuration&gt;/wwwroot</c>.
    /// </summary>
    /// <returns>The folder (it may not exist when Course.Browser was not built).</returns>
    public static string DefaultApp()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "publish", "Course.Browser", configuration, "wwwroot"));
    }
}
