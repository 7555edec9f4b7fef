using System.Runtime.Loader;
using Course.Charts;
using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

/// <summary>
/// A session given assembly images instead of files (how the browser host runs the engine) compiles and runs
/// cells exactly as a file-based session does, and refuses package directives with the host's reason.
/// </summary>
public sealed class ReferenceImageTests
{
    /// <summary>The bytes of every managed assembly this process can load: the shared framework and the test's own.</summary>
    private static readonly Lazy<IReadOnlyList<byte[]>> Images = new(() =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(IsManaged)
            .Select(File.ReadAllBytes)
            .ToList());

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyLoadContext.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static ScriptSession FromImages(string? packagesUnavailable = null) => new(new ScriptSessionOptions
    {
        PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
        ReferenceImages = Images.Value,
        PackagesUnavailable = packagesUnavailable,
    });

    private static async Task<RecordingSink> Run(ScriptSession session, string code)
    {
        var sink = new RecordingSink();
        var result = await session.ExecuteAsync(code, sink, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", sink.Errors.Select(e => e.Value)));
        return sink;
    }

    [Fact]
    public async Task Cells_compiled_against_images_carry_state_and_show_the_same_values_as_a_file_based_session()
    {
        string[] cells =
        [
            "using Course.Optimizers;\nvar sgd = new SgdOptions(LearningRate: 0.1, Momentum: 0.9);",
            "var xs = Enumerable.Range(1, 4).Select(i => i * sgd.LearningRate).ToArray();\nxs.Sum()",
            "Console.WriteLine(\"out\"); display(sgd.Momentum);",
        ];
        using var images = FromImages();
        using var files = new ScriptSession(new ScriptSessionOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly] });
        foreach (var cell in cells)
        {
            var fromImages = await Run(images, cell);
            var fromFiles = await Run(files, cell);
            Assert.Equal(Describe(fromFiles), Describe(fromImages));
        }
    }

    [Fact]
    public async Task A_package_directive_is_refused_with_the_hosts_reason_and_the_session_goes_on()
    {
        using var session = FromImages("packages cannot be restored here");
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync("#r \"nuget: Humanizer.Core, 2.14.1\"\n1", sink, TestContext.Current.CancellationToken);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.Single(sink.Errors);
        Assert.Equal("Line 1: packages cannot be restored here", error.Value);
        Assert.Equal("2", Assert.IsType<RecordingSink.Result>(Assert.Single((await Run(session, "1 + 1")).Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task A_warm_up_keeps_nothing_the_next_cell_is_the_first_and_a_failing_warm_up_says_why()
    {
        using var session = FromImages();

        Assert.Null(await session.WarmUpAsync(string.Empty, TestContext.Current.CancellationToken));
        Assert.Null(await session.WarmUpAsync("var warm = 41;\nConsole.WriteLine(\"not shown\");\nwarm + 1", TestContext.Current.CancellationToken));
        var failed = await session.WarmUpAsync("undefinedName", TestContext.Current.CancellationToken);
        Assert.Equal("CompilationError", failed?.Name);
        Assert.Contains("undefinedName", failed?.Value);
        Assert.Equal(0, session.ExecutionCount);

        var sink = new RecordingSink();
        var result = await session.ExecuteAsync("warm", sink, TestContext.Current.CancellationToken);
        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Equal(1, result.ExecutionCount);
        Assert.Contains("warm", Assert.Single(sink.Errors).Value);
        Assert.DoesNotContain(sink.Outputs, o => o is RecordingSink.StreamText);
        Assert.Equal("2", Assert.IsType<RecordingSink.Result>(Assert.Single((await Run(session, "1 + 1")).Outputs)).Value["text/plain"]);
    }

    private static string Describe(RecordingSink sink) => string.Join(
        "\n",
        sink.Outputs.Select(o => o switch
        {
            RecordingSink.Result r => "result " + r.Value["text/plain"],
            RecordingSink.Displayed d => "display " + d.Value["text/plain"],
            RecordingSink.StreamText s => "stream " + s.Text,
            _ => o.ToString(),
        }));
}
