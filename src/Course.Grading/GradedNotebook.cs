using Course.Checks;
using Course.Grading.Worker;
using Course.Notebooks.Ipynb;

namespace Course.Grading;

/// <summary>
/// Plans the grading of one submission: the lesson's cells in the lesson's order, cells matched by id; the learner's
/// code only inside solution cells; the grader's own copy of every other cell (so an edited check cell is replaced
/// by the original). An exercise's check cell becomes a probe: the worker hands the learner's function back and
/// calls it on inputs drawn here from the secret seed. Quiz answers are read and judged here, never run. Cells the
/// learner added are not run, and a check written inside a solution cell does not count.
/// </summary>
public static class GradedNotebook
{
    /// <summary>The cells the worker runs, the quiz checks already judged, and notes about what was replaced or refused.</summary>
    /// <param name="lesson">The grader's copy of the lesson.</param>
    /// <param name="submission">The learner's notebook.</param>
    /// <param name="seed">The hidden-case seed.</param>
    public static GradingPlan Build(LessonKey lesson, Notebook submission, int seed)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(submission);
        var byId = submission.Cells.Where(c => c.Id is not null).GroupBy(c => c.Id!).ToDictionary(g => g.Key, g => g.ToArray());
        var cells = new List<GradedCell>();
        var judged = new Dictionary<string, IReadOnlyList<CheckResult>>();
        var notes = new List<string>();
        var refused = new List<(LessonCell Cell, string Reason)>();
        foreach (var cell in lesson.Cells)
        {
            var copies = byId.GetValueOrDefault(cell.Id) ?? [];
            var theirs = copies.Length <= 1 ? copies.FirstOrDefault() : Edited(cell, copies);
            if (copies.Length > 1)
            {
                notes.Add($"The submission has {copies.Length} cells with the id {cell.Id}; the grader used the last one you edited. Keep one copy of each lesson cell.");
            }

            var theirSource = theirs is { IsCode: true } ? theirs.Source : null;
            switch (cell.Role)
            {
                case CellRole.Solution:
                    if (theirSource is null)
                    {
                        notes.Add($"Exercise cell {cell.Id} is missing from the submission; the empty stub was run instead.");
                    }

                    if (theirSource is not null && SolutionPolicy.Refusal([.. cells.Select(c => c.Source)], theirSource) is { } refusal)
                    {
                        refused.Add((cell, refusal));
                        notes.Add($"Exercise cell {cell.Id} was not run: {refusal}.");
                        theirSource = null;
                    }

                    cells.Add(new GradedCell(cell.Id, theirSource ?? cell.StudentSource, []));
                    break;
                case CellRole.Answer:
                    judged[cell.Id] = Judge(cell.CheckIds, theirSource, notes);
                    break;
                default:
                    if (cell.Role == CellRole.Check && theirSource is not null && Normalise(theirSource) != Normalise(cell.InstructorSource))
                    {
                        notes.Add($"Check cell {cell.Id} was edited; the original was run instead.");
                    }

                    if (cell.Role != CellRole.Check)
                    {
                        cells.Add(new GradedCell(cell.Id, cell.InstructorSource, []));
                    }
                    else if (ExerciseCheckCall.Find(cell.InstructorSource) is { } call && Probe.Source(call.ExerciseId, call.Function) is { } probe)
                    {
                        if (refused.FirstOrDefault(r => Declares(r.Cell.InstructorSource, call.Function)) is { Reason: { } reason })
                        {
                            judged[cell.Id] = [new CheckResult(call.ExerciseId, CheckKind.Exercise, false, 0, CheckCatalog.MaxScore(call.ExerciseId) ?? 0, $"0 points: {reason}.")];
                        }
                        else
                        {
                            cells.Add(new GradedCell(cell.Id, probe, cell.CheckIds, ExerciseProbes.Create(call.ExerciseId, seed)));
                        }
                    }
                    else
                    {
                        judged[cell.Id] = Judge(cell.CheckIds, cell.InstructorSource, notes);
                    }

                    break;
            }
        }

        return new GradingPlan(cells, judged, notes);
    }

    /// <summary>How many of the lesson's cell ids the submission has (to tell a lesson from a different notebook).</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="submission">A notebook.</param>
    public static int MatchingCells(LessonKey lesson, Notebook submission)
    {
        var ids = submission.Cells.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return lesson.Cells.Count(c => ids.Contains(c.Id));
    }

    private static IReadOnlyList<CheckResult> Judge(IReadOnlyList<string> questionIds, string? source, List<string> notes) =>
        questionIds.Select(id =>
        {
            var reading = QuizAnswerReader.Read(id, source);
            if (reading.Refusal is not null && source is not null)
            {
                notes.Add($"The answer to {id} was graded as unanswered: {reading.Refusal}");
            }

            return reading.Judge();
        }).ToArray();

    /// <summary>Of several cells sharing a lesson cell's id, the last one that differs from the released cell (else the last).</summary>
    private static NotebookCell Edited(LessonCell cell, NotebookCell[] copies) =>
        copies.LastOrDefault(c => c.IsCode && Normalise(c.Source) != Normalise(cell.StudentSource)) ?? copies[^1];

    private static bool Declares(string source, string function) =>
        System.Text.RegularExpressions.Regex.IsMatch(source, $@"\b{System.Text.RegularExpressions.Regex.Escape(function)}\s*\(");

    private static string Normalise(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
