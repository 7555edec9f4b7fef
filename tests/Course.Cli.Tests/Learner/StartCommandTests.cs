using System.Text.Json.Nodes;
using Course.Cli.Tests.Tools;

namespace Course.Cli.Tests.Learner;

/// <summary>
/// <c>course start</c>, run as a self-learner runs it (the real binary, in a repository): their own copy of the lessons
/// outside <c>notebooks/</c>, with solutions stubbed and answers blank, and never a lesson of theirs written over.
/// </summary>
public sealed class StartCommandTests
{
    /// <summary>An instructor lesson with one exercise (its hint after BEGIN SOLUTION) and one quiz answer.</summary>
    private static readonly string Instructor = new JsonObject
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "course-csharp", ["display_name"] = "C# (course)", ["language"] = "C#" } },
        ["cells"] = new JsonArray(
            Code("solution", "double[] MySgdStep(double[] w, double[] grad, double lr)\n{\n    // BEGIN SOLUTION Subtract lr times the gradient.\n    return w.Select((x, i) => x - (lr * grad[i])).ToArray();\n    // END SOLUTION\n}"),
            Code("check", "Exercise.Check(\"sgd-step\", MySgdStep)"),
            Code("answer", "Quiz.Ask(\"03-momentum-decay\", /* BEGIN SOLUTION */ 0.35 /* END SOLUTION */)")),
    }.ToJsonString();

    [Fact]
    public async Task The_first_start_copies_every_lesson_as_the_student_version_into_my_course()
    {
        var repository = Repository();

        var (exitCode, stdout, stderr) = await Start(repository);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("2 lessons", stdout, StringComparison.Ordinal);
        var copy = Path.Combine(repository, "my-course");
        foreach (var lesson in new[] { "01-first.ipynb", "02-second.ipynb" })
        {
            var text = Sources(await File.ReadAllTextAsync(Path.Combine(copy, lesson), TestContext.Current.CancellationToken));
            Assert.DoesNotContain("SOLUTION", text, StringComparison.Ordinal);
            Assert.DoesNotContain("x - (lr * grad[i])", text, StringComparison.Ordinal);
            Assert.Contains("throw new NotImplementedException(\"Subtract lr times the gradient.\");", text, StringComparison.Ordinal);
            Assert.Contains("Quiz.Ask(\"03-momentum-decay\", \"\")", text, StringComparison.Ordinal);

            // The instructor's collapsed solution and answer cells are the learner's to fill in: shown, other metadata kept.
            var cells = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(copy, lesson), TestContext.Current.CancellationToken))!["cells"]!.AsArray();
            Assert.All(cells, c => Assert.Null(c!["metadata"]!["jupyter"]));
            Assert.Equal(2, cells.Count(c => c!["metadata"]!["tags"]?[0]?.GetValue<string>() == "kept"));
        }

        Assert.Equal(Instructor, await File.ReadAllTextAsync(Path.Combine(repository, "notebooks", "01-first.ipynb"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_second_start_adds_only_the_missing_lessons_says_which_and_keeps_the_learner_s_work()
    {
        var repository = Repository();
        Assert.Equal(0, (await Start(repository)).ExitCode);
        var copy = Path.Combine(repository, "my-course");
        var mine = Path.Combine(copy, "01-first.ipynb");
        await File.AppendAllTextAsync(mine, "\n", TestContext.Current.CancellationToken);
        var worked = await File.ReadAllBytesAsync(mine, TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(copy, "02-second.ipynb"));

        var (exitCode, stdout, _) = await Start(repository);

        Assert.Equal(0, exitCode);
        Assert.Contains("Added 1 missing lesson to my-course/: 02-second.ipynb. Kept your 1 lesson as they are.", stdout, StringComparison.Ordinal);
        Assert.Equal(worked, await File.ReadAllBytesAsync(mine, TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(copy, "02-second.ipynb")));

        var (again, nothing, _) = await Start(repository);

        Assert.Equal(0, again);
        Assert.Contains("already has all 2 lessons; nothing was added and nothing was overwritten", nothing, StringComparison.Ordinal);
        Assert.Equal(worked, await File.ReadAllBytesAsync(mine, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("notebooks", "inside the instructor's lessons")]
    [InlineData("notebooks/mine", "inside the instructor's lessons")]
    [InlineData("a-file.txt", "is a file")]
    public async Task A_bad_output_folder_is_refused_in_one_line_with_exit_code_2_and_nothing_written(string output, string reason)
    {
        var repository = Repository();
        await File.WriteAllTextAsync(Path.Combine(repository, "a-file.txt"), "mine", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await Start(repository, "--output", output);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Equal(["01-first.ipynb", "02-second.ipynb"], Directory.GetFileSystemEntries(Path.Combine(repository, "notebooks")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(repository, "a-file.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Outside_a_course_repository_start_says_there_are_no_lessons_in_one_line()
    {
        var empty = Directory.CreateTempSubdirectory("course-no-course-").FullName;

        var (exitCode, _, stderr) = await Start(empty);

        Assert.Equal(2, exitCode);
        Assert.Contains("no lessons found", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(empty, "my-course")));
    }

    /// <summary>A code cell; one holding a solution or an answer is collapsed, as in the instructor notebooks.</summary>
    private static JsonObject Code(string id, string source) => new()
    {
        ["cell_type"] = "code",
        ["id"] = id,
        ["metadata"] = source.Contains("BEGIN SOLUTION", StringComparison.Ordinal)
            ? new JsonObject { ["jupyter"] = new JsonObject { ["source_hidden"] = true }, ["tags"] = new JsonArray("kept") }
            : new JsonObject(),
        ["execution_count"] = null,
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };

    private static string Sources(string notebook) =>
        string.Join("\n", JsonNode.Parse(notebook)!["cells"]!.AsArray().Select(c => c!["source"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : c["source"]!.GetValue<string>()));

    /// <summary>A repository with two instructor lessons.</summary>
    private static string Repository()
    {
        var root = Directory.CreateTempSubdirectory("course-start-").FullName;
        File.WriteAllText(Path.Combine(root, "Course.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        File.WriteAllText(Path.Combine(root, "notebooks", "01-first.ipynb"), Instructor);
        File.WriteAllText(Path.Combine(root, "notebooks", "02-second.ipynb"), Instructor);
        return root;
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> Start(string workingDirectory, params string[] arguments) =>
        CourseCommand.RunAsync(["start", .. arguments], workingDirectory);
}
