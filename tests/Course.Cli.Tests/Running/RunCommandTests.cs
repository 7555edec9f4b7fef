using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Course.Cli.Tests.Running;

/// <summary>Runs the real `course run` binary on fixture lessons, as the README's command does.</summary>
public sealed class RunCommandTests
{
    private static readonly string Lessons = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lessons");

    [Fact]
    public async Task A_timed_out_cell_fails_the_run_names_lesson_cell_and_error_and_later_cells_are_not_run()
    {
        var output = Directory.CreateTempSubdirectory("course-run-").FullName;

        var (exitCode, text) = await RunCourse(["run", Lessons, "--output", output, "--cell-timeout", "2"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("02-stuck, code cell 2 (id spins): TimeoutError: Cell timed out after 2 s", text.Replace("\n", " ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "executed", "01-fine.ipynb")));
        var stuck = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "executed", "02-stuck.ipynb"), TestContext.Current.CancellationToken))!;
        var after = stuck["cells"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "after")!;
        Assert.Empty(after["outputs"]!.AsArray());
        Assert.Null(after["execution_count"]);
        var index = await File.ReadAllTextAsync(Path.Combine(output, "site", "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("01-fine.html", index);
        Assert.Contains("02-stuck.html", index);
        Assert.True(File.Exists(Path.Combine(output, "site", "plotly.min.js")));
    }

    [Fact]
    public async Task A_non_positive_timeout_is_rejected_naming_the_option()
    {
        var (exitCode, text) = await RunCourse(["run", Lessons, "--cell-timeout", "0"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--cell-timeout", text);
    }

    private static async Task<(int ExitCode, string Output)> RunCourse(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Course.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
