using System.CommandLine;
using Course.Grading;
using Course.Grading.Release;

namespace Course.Cli.Commands;

/// <summary>The options <c>course grade</c> and <c>course check</c> share, and the grading run they start.</summary>
/// <param name="sandboxRequired">
/// Whether grading refuses to run without the sandbox (<c>course grade</c>: other people's code); <c>course check</c>
/// runs a learner's own notebook, sandboxed when bubblewrap is there.
/// </param>
public sealed class GradingOptions(bool sandboxRequired)
{
    private readonly Option<string> lessons = new("--lessons") { Description = "The grader's copy of the lessons (instructor notebooks).", DefaultValueFactory = _ => "notebooks" };
    private readonly Option<int> cellTimeout = new("--cell-timeout") { Description = "Seconds one cell may run.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> notebookTimeout = new("--notebook-timeout") { Description = "Seconds one submission may run in total.", DefaultValueFactory = _ => 300 };
    private readonly Option<int> memoryLimit = new("--memory-limit") { Description = "Memory limit of each submission's process, in MB (the managed heap; the sandbox also caps its address space).", DefaultValueFactory = _ => 2048 };
    private readonly Option<string?> seed = new("--seed") { Description = "Secret seed for the hidden cases (default: the COURSE_CHECK_SEED environment variable, else the public seed)." };
    private readonly Option<bool> noSandbox = new("--no-sandbox") { Description = "Run submissions without the bubblewrap sandbox (only for code you trust: " + Sandbox.Risk + ")" };
    private readonly Option<double?> failUnder = new("--fail-under") { Description = "Exit with code 2 when a graded submission scores below this percentage." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { lessons, cellTimeout, notebookTimeout, memoryLimit, seed, noSandbox, failUnder })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// Grades the submissions under <paramref name="paths"/> (<paramref name="shard"/>'s slice of them, if given),
    /// <paramref name="jobs"/> at a time; <see langword="null"/> after printing one line saying why when a path or
    /// the lessons cannot be read.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="paths">Submission files or folders.</param>
    /// <param name="jobs">How many submissions run at once.</param>
    /// <param name="shard">The slice to grade, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Stops grading.</param>
    public async Task<IReadOnlyList<SubmissionGrade>?> GradeAsync(ParseResult parse, IReadOnlyList<string> paths, int jobs, Shard? shard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        IReadOnlyList<LessonKey> keys;
        IReadOnlyList<Submission> submissions;
        try
        {
            submissions = Submission.Find(paths);
            keys = Grader.LoadLessons(parse.GetValue(lessons)!);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"course: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is ReleaseException or IOException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"course: cannot load the lessons from {parse.GetValue(lessons)}: {e.Message}");
            return null;
        }

        Sandbox sandbox;
        if (parse.GetValue(noSandbox))
        {
            Console.Error.WriteLine($"warning: --no-sandbox: {Sandbox.Risk}");
            sandbox = Sandbox.None;
        }
        else if (Sandbox.Bubblewrap is { } bubblewrap)
        {
            sandbox = bubblewrap;
        }
        else if (!sandboxRequired)
        {
            sandbox = Sandbox.None;
        }
        else
        {
            Console.Error.WriteLine("course: bubblewrap (bwrap) is not installed, so submissions cannot be sandboxed; install it (Debian: apt-get install bubblewrap), or pass --no-sandbox to grade code you trust.");
            return null;
        }

        var limits = new GradeLimits(TimeSpan.FromSeconds(parse.GetValue(cellTimeout)), TimeSpan.FromSeconds(parse.GetValue(notebookTimeout)), parse.GetValue(memoryLimit));
        var grader = new Grader(keys, limits, sandbox, parse.GetValue(seed));
        var grades = await ParallelGrading.GradeAsync(grader, shard?.Select(submissions) ?? submissions, jobs, cancellationToken);

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
