using Course.Cli.Tests.Tools;
using Course.Grading.Release;
using Course.Grading.Tests;

namespace Course.Cli.Tests.Grading;

/// <summary>
/// <c>course grade</c> at scale, through the real command line: a class graded in one run with <c>--jobs 2</c>, and
/// the same class graded as three shards and merged, write byte-for-byte the same outputs; bad options and paths get
/// one line and exit code 2.
/// </summary>
public sealed class ShardedGradingTests
{
    [Fact]
    public async Task Three_shards_merged_write_exactly_what_one_run_writes()
    {
        var folder = FixtureLesson.TempFolder("sharded");
        var lessons = Path.Combine(folder, "lessons");
        Directory.CreateDirectory(lessons);
        File.WriteAllText(Path.Combine(lessons, FixtureLesson.Name + ".ipynb"), FixtureLesson.Instructor());
        var submissions = Path.Combine(folder, "submissions");
        void Submit(string student, string json)
        {
            Directory.CreateDirectory(Path.Combine(submissions, student));
            File.WriteAllText(Path.Combine(submissions, student, FixtureLesson.Name + ".ipynb"), json);
        }

        Submit("correct", FixtureLesson.Instructor());
        Submit("empty", FixtureLesson.Notebook(FixtureLesson.Cells.Select(c => (c.Id, SolutionRegions.Strip(c.Source).Source))));
        Submit("wrong-sign", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", "double[] MySgdStep(double[] w, double[] grad, double lr) => w.Select((x, i) => x + (lr * grad[i])).ToArray();")));
        Submit("malformed", "{ not json");
        Submit("stranger", FixtureLesson.Notebook([("x1", "1 + 1"), ("x2", "2 + 2"), ("x3", "3 + 3")]));
        Directory.CreateDirectory(Path.Combine(submissions, "__MACOSX", "correct"));
        File.WriteAllText(Path.Combine(submissions, "__MACOSX", "correct", "._" + FixtureLesson.Name + ".ipynb"), "\0metadata");
        string[] common = ["--lessons", lessons, "--seed", "shard-secret", "--cell-timeout", "20", "--notebook-timeout", "120"];

        var single = await Course(["grade", submissions, "--output", Path.Combine(folder, "single"), "--jobs", "2", .. common]);
        Assert.True(single.ExitCode == 1, single.Output);
        var shards = new List<Task<(int ExitCode, string Output)>>();
        for (var k = 1; k <= 3; k++)
        {
            shards.Add(Course(["grade", submissions, "--shard", $"{k}/3", "--jobs", "1", "--output", Path.Combine(folder, $"shard-{k}"), .. common]));
        }

        Assert.All(await Task.WhenAll(shards), s => Assert.True(s.ExitCode is 0 or 1, s.Output));
        var merge = await Course(["grade", "merge", Path.Combine(folder, "shard-1"), Path.Combine(folder, "shard-3"), Path.Combine(folder, "shard-2"), "--output", Path.Combine(folder, "merged")]);
        Assert.True(merge.ExitCode == 1, merge.Output);

        var expected = Files(Path.Combine(folder, "single"));
        var merged = Files(Path.Combine(folder, "merged"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), merged.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value == merged[file.Key], $"{file.Key} differs between the single run and the merged shards"));
        Assert.Contains("report.html", expected.Keys);
        Assert.Contains("gradebook.csv", expected.Keys);
        Assert.Equal(5, expected.Keys.Count(k => k.StartsWith("feedback/", StringComparison.Ordinal)));
        Assert.Contains("correct,,,correct,,7\n", expected["gradebook.csv"], StringComparison.Ordinal);

        var missing = await Course(["grade", "merge", Path.Combine(folder, "shard-1"), Path.Combine(folder, "shard-3"), "--output", Path.Combine(folder, "partial")]);
        Assert.Equal((2, "course: shard 2/3 is missing"), (missing.ExitCode, missing.Output.Trim()));
    }

    [Theory]
    [InlineData("--shard", "4/3", "course: --shard must be K/N with 1 ≤ K ≤ N, such as 2/3 (got \"4/3\")")]
    [InlineData("--shard", "two", "course: --shard must be K/N with 1 ≤ K ≤ N, such as 2/3 (got \"two\")")]
    [InlineData("--jobs", "0", "course: --jobs must be at least 1 (got 0)")]
    public async Task A_bad_scale_option_gets_one_line_and_exit_code_2(string option, string value, string message)
    {
        var folder = FixtureLesson.TempFolder("bad-option");

        var (exitCode, output) = await Course(["grade", folder, option, value, "--output", Path.Combine(folder, "out")]);

        Assert.Equal((2, message), (exitCode, output.Trim()));
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task A_missing_submissions_path_gets_one_line_and_exit_code_2()
    {
        var folder = FixtureLesson.TempFolder("missing");
        var absent = Path.Combine(folder, "nobody");

        var (exitCode, output) = await Course(["grade", absent, "--output", Path.Combine(folder, "out")]);

        Assert.Equal((2, $"course: no submission file or folder at {absent}"), (exitCode, output.Trim()));
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "shard.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private static async Task<(int ExitCode, string Output)> Course(IReadOnlyList<string> arguments)
    {
        var (exitCode, stdout, stderr) = await CourseCommand.RunAsync(arguments);
        return (exitCode, stdout + stderr);
    }
}
