using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Course.Charts;
using Course.Notebooks.Execution;

namespace Course.Browser;

/// <summary>
/// What the worker script calls: one <see cref="ScriptSession"/> for the page's lesson, the Course library
/// preloaded as <c>course run</c> does, compiling against the assembly images the worker fetched.
/// </summary>
[SupportedOSPlatform("browser")]
internal static partial class CellExports
{
    private static readonly List<byte[]> Images = [];
    private static ScriptSession? session;

    /// <summary>Adds one assembly image (a .dll file's bytes) to compile cells against; call before the first cell.</summary>
    /// <param name="image">The assembly file's bytes.</param>
    [JSExport]
    internal static void AddReference(byte[] image) => Images.Add(image);

    /// <summary>Runs one cell in the lesson's session.</summary>
    /// <param name="code">The cell's source.</param>
    /// <returns>JSON: <c>status</c>, <c>executionCount</c>, <c>milliseconds</c>, the engine's phase <c>timings</c> and nbformat <c>outputs</c>.</returns>
    [JSExport]
    internal static async Task<string> RunAsync(string code)
    {
        session ??= new ScriptSession(new ScriptSessionOptions
        {
            WorkingDirectory = "/",
            PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
            ReferenceImages = Images,
            PackagesUnavailable = "#r \"nuget: …\" and #i are not available in the browser: there is no package restore offline. "
                + "Run the lesson with `course run` or in Jupyter to use other packages.",
        });
        var collector = new OutputCollector();
        var result = await session.ExecuteAsync(code, collector);
        return new JsonObject
        {
            ["status"] = result.Status.ToString(),
            ["executionCount"] = result.ExecutionCount,
            ["milliseconds"] = result.Elapsed.TotalMilliseconds,
            ["timings"] = new JsonObject
            {
                ["start"] = result.Timings.Start.TotalMilliseconds,
                ["compile"] = result.Timings.Compile.TotalMilliseconds,
                ["run"] = result.Timings.Run.TotalMilliseconds,
                ["format"] = result.Timings.Format.TotalMilliseconds,
            },
            ["outputs"] = collector.Outputs,
        }.ToJsonString();
    }
}
