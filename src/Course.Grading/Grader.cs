using Course.Grading.Worker;
using Course.Notebooks.Ipynb;

namespace Course.Grading;

/// <summary>
/// Grades submissions against the grader's copy of the lessons: identifies each submission's lesson, assembles
/// the cells to run (<see cref="GradedNotebook"/>), runs them in a sandboxed worker (<see cref="WorkerProcess"/>)
/// and judges what comes back itself: the seed and the reference values stay in this process. Never modifies a submission. A submission that cannot be graded gets a
/// <see cref="SubmissionGrade.Error"/> and the run goes on.
/// </summary>
/// <param name="lessons">The grader's copy of every lesson.</param>
/// <param name="limits">Time and memory limits per submission.</param>
/// <param name="sandbox">How workers are confined.</param>
/// <param name="seed">The secret hidden-case seed, or <see langword="null"/> to take COURSE_CHECK_SEED from the grader's environment; it never reaches a worker.</param>
public sealed class Grader(IReadOnlyList<LessonKey> lessons, GradeLimits limits, Sandbox sandbox, string? seed)
{
    private readonly Redactor redactor = Redactor.ForThisProcess(seed);

    /// <summary>Loads every lesson in <paramref name="folder"/> (<c>*.ipynb</c>).</summary>
    /// <param name="folder">The instructor notebooks' folder.</param>
    public static IReadOnlyList<LessonKey> LoadLessons(string folder) =>
        Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).Select(LessonKey.Load).ToArray();

    /// <summary>Grades one submission.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="cancellationToken">Stops grading.</param>
    /// <returns>The grade, its texts redacted (<see cref="Redactor"/>): no secret seed or environment value in them.</returns>
    public async Task<SubmissionGrade> GradeAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return redactor.Redact(await GradeUnredactedAsync(submission, cancellationToken));
    }

    private async Task<SubmissionGrade> GradeUnredactedAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission.Refusal is not null)
        {
            return Failed(submission, string.Empty, submission.Refusal);
        }

        Notebook notebook;
        try
        {
            var (text, unreadable) = SubmissionFile.Read(submission.Path);
            if (text is null)
            {
                return Failed(submission, string.Empty, unreadable!);
            }

            notebook = Notebook.Parse(text);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Failed(submission, string.Empty, $"Not a readable notebook: {e.Message}");
        }

        var (lesson, error) = Identify(submission, notebook);
        if (lesson is null)
        {
            return Failed(submission, string.Empty, error!);
        }

        var hiddenSeed = ExerciseProbes.SeedFrom(seed ?? Environment.GetEnvironmentVariable(Course.Checks.Exercise.SeedVariable));
        var plan = GradedNotebook.Build(lesson, notebook, hiddenSeed);
        var outcome = await WorkerProcess.RunAsync(plan.Cells, lesson, limits, sandbox, cancellationToken);
        var allNotes = plan.Notes.ToList();
        allNotes.AddRange(outcome.Reports
            .Where(r => r.Status != "Succeeded" && lesson.Cells.Any(c => c.Id == r.CellId && c.Role == CellRole.Solution))
            .Select(r => r.Status == "TimedOut"
                ? $"Exercise cell {r.CellId} did not finish within {limits.CellTimeout.TotalSeconds:0} s."
                : $"Exercise cell {r.CellId} failed: {Shorten(r.Error ?? r.Status)}"));
        if (!outcome.Completed)
        {
            allNotes.Add(outcome.TimedOut
                ? $"The notebook did not finish within {limits.NotebookTimeout.TotalSeconds:0} s; the cells after that point were not graded."
                : $"The submission's process ended early (exit code {outcome.ExitCode}); the cells after that point were not graded.");
        }

        return new SubmissionGrade(submission.Student, lesson.Name, submission.Path, null, ReportGrades.From(lesson, plan, outcome, limits, hiddenSeed), allNotes);
    }

    private (LessonKey? Lesson, string? Error) Identify(Submission submission, Notebook notebook)
    {
        var file = Path.GetFileNameWithoutExtension(submission.Path);
        var byName = lessons.Where(l => file.Contains(l.Name, StringComparison.OrdinalIgnoreCase)).MaxBy(l => l.Name.Length);
        var best = lessons.MaxBy(l => GradedNotebook.MatchingCells(l, notebook));
        var candidate = byName ?? best;
        if (candidate is null)
        {
            return (null, "No lessons to grade against.");
        }

        var matching = GradedNotebook.MatchingCells(candidate, notebook);
        if (matching * 2 < candidate.Cells.Count)
        {
            var other = best is not null && best != candidate && GradedNotebook.MatchingCells(best, notebook) * 2 >= best.Cells.Count ? $" It looks like {best.Name} instead." : string.Empty;
            return (null, $"This is not lesson {candidate.Name}: only {matching} of its {candidate.Cells.Count} code cells are in the notebook (cells are matched by id).{other}");
        }

        return (candidate, null);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "…";

    private static SubmissionGrade Failed(Submission submission, string lesson, string error) =>
        new(submission.Student, lesson, submission.Path, error, [], []);
}
