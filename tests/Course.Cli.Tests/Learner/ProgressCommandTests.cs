using System.Text.RegularExpressions;
using Course.Checks;
using Course.Cli.Commands;
using Course.Cli.Tests.Tools;
using Course.Notebooks.Running;

namespace Course.Cli.Tests.Learner;

/// <summary>
/// <c>course progress</c> reads a learner's saved notebooks — here, one really executed by the course's engine, one
/// never run and one that is not a notebook — and prints per lesson the checks passed, failed and not tried.
/// </summary>
public sealed partial class ProgressCommandTests
{
    [Fact]
    public async Task The_table_counts_each_lesson_s_checks_from_the_results_saved_in_its_notebook()
    {
        var folder = Directory.CreateTempSubdirectory("course-progress-").FullName;
        var tried = Path.Combine(folder, "01-tried.ipynb");
        await File.WriteAllTextAsync(tried, CodeNotebook.Of(
            "using Course.Checks;",
            "double[] MySgdStep(double[] w, double[] grad, double lr) => throw new NotImplementedException();",
            "Exercise.Check(\"sgd-step\", MySgdStep)",
            "Quiz.Ask(\"03-momentum-decay\", 0.35)",
            "Quiz.Ask(\"03-momentum-role\", 'a')",
            "Quiz.Ask(\"03-ravine\", \"\")"), TestContext.Current.CancellationToken);
        var run = await NotebookRunner.RunAsync(tried, new NotebookRunOptions { PreloadedAssemblies = [typeof(Quiz).Assembly] }, null, TestContext.Current.CancellationToken);
        run.Executed.Save(tried, overwriteSource: true);
        await File.WriteAllTextAsync(Path.Combine(folder, "02-untouched.ipynb"), CodeNotebook.Of("Quiz.Ask(\"04-nesterov-trait\", \"\")", "Quiz.Ask(\"04-lookahead\", \"\")"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "03-broken.ipynb"), "{ not json", TestContext.Current.CancellationToken);
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = ProgressCommand.Run(folder, stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr.ToString());
        var table = stdout.ToString();
        Assert.Equal(["1", "1", "2"], Counts(table, "01-tried"));
        Assert.Equal(["0", "0", "2"], Counts(table, "02-untouched"));
        Assert.Equal(["1", "1", "4"], Counts(table, "all lessons"));
        Assert.Matches(@"03-broken .*cannot read it", table);
        Assert.Contains("03-momentum-role", Row(table, "01-tried"), StringComparison.Ordinal);
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public void A_missing_folder_is_one_line_and_exit_code_2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = ProgressCommand.Run(Path.Combine(Path.GetTempPath(), "course-no-such-folder-" + Guid.NewGuid().ToString("N")), stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout.ToString());
    }

    private static string Row(string table, string lesson) =>
        table.Split('\n').Single(line => line.Contains(lesson, StringComparison.Ordinal));

    /// <summary>The passed, failed and not-tried numbers of a lesson's row.</summary>
    private static string[] Counts(string table, string lesson) =>
        Number().Matches(Row(table, lesson).Split(lesson, 2)[1]).Take(3).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"(?<![\w-])\d+(?![\w-])")]
    private static partial Regex Number();
}
