using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Course.Cli.Tests.Running;

/// <summary>Runs the real `course run` binary on fixture lessons, as the README's command does.</summary>
public sealed class RunCommandTests
{
    private static readonly string Lessons = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lessons");

    // Every run here keeps its compiled cells in a folder of this test class, never in the user's cache.
    private static readonly string CacheHome = Directory.CreateTempSubdirectory("course-run-cache-").FullName;

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

    [Theory]
    [InlineData("nowhere.ipynb", "no notebook or folder at 'nowhere.ipynb'")]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("--cell-timeout abc", "--cell-timeout must be a positive whole number of seconds, not 'abc'")]
    [InlineData("--jobs 0", "--jobs must be a positive whole number of lessons, not '0'")]
    public async Task Bad_input_gets_one_line_on_stderr_exit_code_2_and_nothing_written(string arguments, string message)
    {
        var output = Directory.CreateTempSubdirectory("course-run-").FullName;
        var mine = Path.Combine(output, "mine.txt");
        await File.WriteAllTextAsync(mine, "keep me", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await RunCourseSeparately(["run", Lessons, .. arguments.Split(' '), "--output", output]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("course run: ", line);
        Assert.Contains(message, line);
        Assert.Equal([mine], Directory.GetFileSystemEntries(output));
        Assert.Equal("keep me", await File.ReadAllTextAsync(mine, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_malformed_notebook_is_reported_and_the_others_still_run_into_the_site()
    {
        var output = Directory.CreateTempSubdirectory("course-run-").FullName;

        var (exitCode, text) = await RunCourse(["run", Path.Combine(AppContext.BaseDirectory, "Fixtures", "malformed"), "--output", output]);

        Assert.Equal(1, exitCode);
        Assert.Contains("NOT RUN 01-broken: the notebook cannot be read", text);
        Assert.Contains("1 of 2 lessons passed", text);
        Assert.True(File.Exists(Path.Combine(output, "executed", "02-fine.ipynb")));
        var index = await File.ReadAllTextAsync(Path.Combine(output, "site", "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"02-fine.html\"", index);
        Assert.DoesNotContain("01-broken.html", index);
        Assert.True(File.Exists(Path.Combine(output, "site", "02-fine.html")));
    }

    [Fact]
    public async Task Running_one_lesson_rewrites_its_page_and_keeps_the_index_and_the_other_pages()
    {
        var output = Directory.CreateTempSubdirectory("course-run-").FullName;
        var site = Path.Combine(output, "site");
        await RunCourse(["run", Lessons, "--output", output, "--cell-timeout", "2", "--quiet"]);
        const string Mark = "<!-- from the first run -->";
        foreach (var page in new[] { "01-fine.html", "02-stuck.html" })
        {
            await File.AppendAllTextAsync(Path.Combine(site, page), Mark, TestContext.Current.CancellationToken);
        }

        var (exitCode, _) = await RunCourse(["run", Path.Combine(Lessons, "01-fine.ipynb"), "--output", output, "--quiet"]);

        Assert.Equal(0, exitCode);
        var fine = await File.ReadAllTextAsync(Path.Combine(site, "01-fine.html"), TestContext.Current.CancellationToken);
        var stuck = await File.ReadAllTextAsync(Path.Combine(site, "02-stuck.html"), TestContext.Current.CancellationToken);
        var index = await File.ReadAllTextAsync(Path.Combine(site, "index.html"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Mark, fine);
        Assert.Contains("href=\"02-stuck.html\"", fine);
        Assert.EndsWith(Mark, stuck);
        Assert.Contains("href=\"01-fine.html\"", index);
        Assert.Contains("href=\"02-stuck.html\"", index);
    }

    [Fact]
    public async Task Redirected_output_has_a_line_per_lesson_start_and_end_and_quiet_only_the_result()
    {
        var fine = Path.Combine(Lessons, "01-fine.ipynb");
        var output = Directory.CreateTempSubdirectory("course-run-").FullName;

        var (_, normal, _) = await RunCourseSeparately(["run", fine, "--output", output]);
        var (exitCode, quiet, _) = await RunCourseSeparately(["run", fine, "--output", output, "--quiet"]);

        Assert.Contains("[1/1] 01-fine …", normal);
        Assert.Contains("01-fine: ✓ passed, 1 code cells", normal);
        Assert.Equal(0, exitCode);
        var line = Assert.Single(quiet.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("1 of 1 lessons passed", line);
    }

    [Fact]
    public async Task Lessons_run_side_by_side_write_what_they_write_one_at_a_time_and_timings_name_every_phase()
    {
        var parallel = Directory.CreateTempSubdirectory("course-run-").FullName;
        var sequential = Directory.CreateTempSubdirectory("course-run-").FullName;

        var (exitCode, text) = await RunCourse(["run", Lessons, "--output", parallel, "--jobs", "2", "--cell-timeout", "2", "--timings"]);
        await RunCourse(["run", Lessons, "--output", sequential, "--jobs", "1", "--cell-timeout", "2"]);

        Assert.Equal(1, exitCode);
        foreach (var lesson in new[] { "01-fine.ipynb", "02-stuck.ipynb" })
        {
            var cancellation = TestContext.Current.CancellationToken;
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(sequential, "executed", lesson), cancellation),
                await File.ReadAllTextAsync(Path.Combine(parallel, "executed", lesson), cancellation));
        }

        Assert.Matches(@"Cache\s*│\s*Compile\s*│\s*Run\s*│\s*Format", text);
        Assert.Contains("all lessons", text);
        Assert.Contains("2 lesson(s) at a time", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
    }

    [Fact]
    public async Task A_second_run_loads_every_cell_from_the_cache_and_writes_the_same_notebook_and_no_cache_compiles_them_all()
    {
        var cacheHome = Directory.CreateTempSubdirectory("course-run-cache-").FullName;
        var lesson = Path.Combine(Lessons, "01-fine.ipynb");
        var cells = JsonNode.Parse(await File.ReadAllTextAsync(lesson, TestContext.Current.CancellationToken))!["cells"]!.AsArray()
            .Count(c => c!["cell_type"]!.GetValue<string>() == "code");
        var outputs = Enumerable.Range(0, 3).Select(_ => Directory.CreateTempSubdirectory("course-run-").FullName).ToList();

        var (_, cold) = await RunCourse(["run", lesson, "--output", outputs[0], "--timings"], cacheHome);
        var (_, warm) = await RunCourse(["run", lesson, "--output", outputs[1], "--timings"], cacheHome);
        var entries = Directory.GetFiles(cacheHome, "*.cell", SearchOption.AllDirectories).Length;
        var (_, uncached) = await RunCourse(["run", lesson, "--output", outputs[2], "--timings", "--no-cache"], cacheHome);

        Assert.Contains($"Compiled-cell cache: 0 cells loaded, {cells} compiled.", Flat(cold));
        Assert.Contains($"Compiled-cell cache: {cells} cells loaded, 0 compiled.", Flat(warm));
        Assert.Contains("No compiled-cell cache.", Flat(uncached));
        Assert.Equal(cells, entries);
        Assert.Equal(entries, Directory.GetFiles(cacheHome, "*.cell", SearchOption.AllDirectories).Length);
        var executed = await Task.WhenAll(outputs.Select(o => File.ReadAllTextAsync(Path.Combine(o, "executed", "01-fine.ipynb"), TestContext.Current.CancellationToken)));
        Assert.Equal(executed[0], executed[1]);
        Assert.Equal(executed[0], executed[2]);
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static async Task<(int ExitCode, string Output)> RunCourse(IReadOnlyList<string> arguments, string? cacheHome = null)
    {
        var (exitCode, stdout, stderr) = await RunCourseSeparately(arguments, cacheHome);
        return (exitCode, stdout + stderr);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunCourseSeparately(IReadOnlyList<string> arguments, string? cacheHome = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Course.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["COLUMNS"] = "400";
        start.Environment["XDG_CACHE_HOME"] = cacheHome ?? CacheHome;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
