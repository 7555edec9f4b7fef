using System.CommandLine;
using Course.Grading;
using Course.Grading.Release;

namespace Course.Cli.Commands;

/// <summary>The options <c>course grade</c> and <c>course check</c> share, and the grading run they start.</summary>
public sealed class GradingOptions
{
    private readonly Option<string> lessons = new("--lessons") { Description = "The grader's copy of the lessons (instructor notebooks).", DefaultValueFactory = _ => "notebooks" };
    private readonly Option<int> cellTimeout = new("--cell-timeout") { Description = "Seconds one cell may run.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> notebookTimeout = new("--notebook-timeout") { Description = "Seconds one submission may run in total.", DefaultValueFactory = _ => 300 };
    private readonly Option<int> memoryLimit = new("--memory-limit") { Description = "Managed heap limit of each submission's process, in MB.", DefaultValueFactory = _ => 2048 };
    private readonly Option<string?> seed = new("--seed") { Description = "Secret seed for the hidden cases (default: the COURSE_CHECK_SEED environment variable, else the public seed)." };
    private readonly Option<double?> failUnder = new("--fail-under") { Description = "Exit with code 2 when a graded submission scores below this percentage." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { lessons, cellTimeout, notebookTimeout, memoryLimit, seed, failUnder })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Grades <paramref name="paths"/>; <see langword="null"/> (after printing why) when the lessons cannot be loaded.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="paths">Submission files or folders.</param>
    /// <param name="cancellationToken">Stops grading.</param>
    public async Task<IReadOnlyList<SubmissionGrade>?> GradeAsync(ParseResult parse, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        IReadOnlyList<LessonKey> keys;
        try
        {
            keys = Grader.LoadLessons(parse.GetValue(lessons)!);
        }
        catch (Exception e) when (e is ReleaseException or IOException or FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"cannot load the lessons from {parse.GetValue(lessons)}: {e.Message}");
            return null;
        }

        var limits = new GradeLimits(TimeSpan.FromSeconds(parse.GetValue(cellTimeout)), TimeSpan.FromSeconds(parse.GetValue(notebookTimeout)), parse.GetValue(memoryLimit));
        var scratch = Path.Combine(Path.GetTempPath(), "course-grade-" + Guid.NewGuid().ToString("N")[..8]);
        var grader = new Grader(keys, limits, scratch, parse.GetValue(seed));
        var grades = new List<SubmissionGrade>();
        var submissions = Submission.Find(paths);
        for (var i = 0; i < submissions.Count; i++)
        {
            grades.Add(await grader.GradeAsync(submissions[i], i, cancellationToken));
        }

        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
            // A worker killed mid-write may still hold a file; the temp folder is left for the OS to clean.
        }

        return grades;
    }

    /// <summary>1 when a submission could not be graded, 2 when one scored below --fail-under, else 0.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="grades">The grades.</param>
    public int ExitCode(ParseResult parse, IReadOnlyList<SubmissionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count == 0 || grades.Any(g => g.Error is not null))
        {
            return 1;
        }

        return parse.GetValue(failUnder) is { } threshold && grades.Any(g => g.Percent < threshold) ? 2 : 0;
    }
}
