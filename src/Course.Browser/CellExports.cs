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

    /// <summary>Where the data sets go: <c>data/</c> under the session's working directory.</summary>
    private const string DataFolder = "/data";

    /// <summary>Adds one assembly image (a .dll file's bytes) to compile cells against; call before the first cell.</summary>
    /// <param name="image">The assembly file's bytes.</param>
    [JSExport]
    internal static void AddReference(byte[] image) => Images.Add(image);

    /// <summary>
    /// Writes one of the course's data sets (fetched by the worker from the site's <c>data/</c>) to <c>/data/</c> in the
    /// runtime's in-memory file system, where the lessons' <c>Datasets.Digits()</c> and <c>Datasets.BreastCancer()</c>
    /// look first (the session's working directory is <c>/</c>).
    /// </summary>
    /// <param name="name">The file's name, e.g. <c>digits.csv</c>; a path is refused.</param>
    /// <param name="contents">The file's bytes.</param>
    [JSExport]
    internal static void AddDataFile(string name, byte[] contents)
    {
        if (name.Length == 0 || Path.GetFileName(name) != name || name.StartsWith('.'))
        {
            throw new ArgumentException($"A data file is named by its file name alone, not {name}.", nameof(name));
        }

        Directory.CreateDirectory(DataFolder);
        File.WriteAllBytes(Path.Combine(DataFolder, name), contents);
    }

    /// <summary>
    /// What the worker warms the session up with while the learner reads, step by step (the worker runs a waiting
    /// cell between steps): an empty cell (the compiler reads every reference), a compile and run of code
    /// like a lesson's first cells, then a small chart (Plotly.NET's serializer and the course's chart HTML).
    /// </summary>
    private static readonly string[] WarmUpSteps =
    [
        string.Empty,
        """
        using Course.Optimizers;
        using Course.Surfaces;
        var warmSurface = new IllConditionedQuadratic(conditionNumber: 4);
        var warmPath = Trajectory.Run(warmSurface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 0.1)), (1.0, 1.0), steps: 3);
        warmPath.Positions.Count
        """,
        """
        using Course.Charts;
        using Course.Surfaces;
        var warmSurface = new IllConditionedQuadratic(conditionNumber: 4);
        var warmPath = Trajectory.Run(warmSurface, p => new Course.Optimizers.Sgd<double>([p], new Course.Optimizers.SgdOptions(LearningRate: 0.1)), (1.0, 1.0), steps: 3);
        SurfaceChart.Contour(warmSurface, [warmPath], names: ["warm-up"], title: "warm-up")
        """,
    ];

    private static ScriptSession Session => session ??= new ScriptSession(new ScriptSessionOptions
    {
        WorkingDirectory = "/",
        PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
        ReferenceImages = Images,
        PackagesUnavailable = "#r \"nuget: …\" and #i are not available in the browser: there is no package restore offline. "
            + "Run the lesson with `course run` or in Jupyter to use other packages.",
    });

    /// <summary>Runs one warm-up step in the lesson's session (nothing shown, nothing kept); see <see cref="WarmUpSteps"/>.</summary>
    /// <param name="step">The step, from 0.</param>
    /// <returns>Whether there is a step after this one.</returns>
    [JSExport]
    internal static async Task<bool> WarmUpAsync(int step)
    {
        if (await Session.WarmUpAsync(WarmUpSteps[step]) is { } error)
        {
            throw new InvalidOperationException($"Warm-up step {step} failed: {error.Name}: {error.Value}");
        }

        return step + 1 < WarmUpSteps.Length;
    }

    /// <summary>Runs one cell in the lesson's session.</summary>
    /// <param name="code">The cell's source.</param>
    /// <returns>JSON: <c>status</c>, <c>executionCount</c>, <c>milliseconds</c>, the engine's phase <c>timings</c> and nbformat <c>outputs</c>.</returns>
    [JSExport]
    internal static async Task<string> RunAsync(string code)
    {
        var collector = new OutputCollector();
        var result = await Session.ExecuteAsync(code, collector);
        return new JsonObject
        {
            ["status"] = result.Status.ToString(),
            ["executionCount"] = result.ExecutionCount,
            ["milliseconds"] = result.Elapsed.TotalMilliseconds,
            ["timings"] = new JsonObject
            {
                ["cache"] = result.Timings.Cache.TotalMilliseconds,
                ["compile"] = result.Timings.Compile.TotalMilliseconds,
                ["run"] = result.Timings.Run.TotalMilliseconds,
                ["format"] = result.Timings.Format.TotalMilliseconds,
            },
            ["outputs"] = collector.Outputs,
        }.ToJsonString();
    }
}
