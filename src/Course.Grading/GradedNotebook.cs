using Course.Grading.Worker;
using Course.Notebooks.Ipynb;

namespace Course.Grading;

/// <summary>
/// Assembles what the grader runs for one submission: the lesson's cells in the lesson's order, cells matched by
/// id; the learner's code only inside solution cells and as a plain-value quiz answer; the grader's own copy of
/// every other cell (so an edited check cell is replaced by the original). Cells the learner added are not run,
/// and a check written inside a solution cell does not count: checks belong in their own cells.
/// </summary>
public static class GradedNotebook
{
    /// <summary>The cells to run and notes about what was replaced or refused.</summary>
    /// <param name="lesson">The grader's copy of the lesson.</param>
    /// <param name="submission">The learner's notebook.</param>
    public static (IReadOnlyList<GradedCell> Cells, IReadOnlyList<string> Notes) Build(LessonKey lesson, Notebook submission)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(submission);
        var byId = submission.Cells.Where(c => c.Id is not null).GroupBy(c => c.Id!).ToDictionary(g => g.Key, g => g.First());
        var cells = new List<GradedCell>();
        var notes = new List<string>();
        foreach (var cell in lesson.Cells)
        {
            var theirs = byId.GetValueOrDefault(cell.Id);
            var theirSource = theirs is { IsCode: true } ? theirs.Source : null;
            switch (cell.Role)
            {
                case CellRole.Solution:
                    if (theirSource is null)
                    {
                        notes.Add($"Exercise cell {cell.Id} is missing from the submission; the empty stub was run instead.");
                    }

                    cells.Add(new GradedCell(cell.Id, theirSource ?? cell.StudentSource, []));
                    break;
                case CellRole.Answer:
                    var answer = AnswerExpression.Extract(cell.InstructorSource, theirSource);
                    if (!AnswerExpression.IsPlainValue(answer))
                    {
                        notes.Add($"The answer in cell {cell.Id} ({Shorten(answer)}) is not a plain value (a literal, arithmetic or Math.*), so it was graded as unanswered.");
                        answer = string.Empty;
                    }

                    var around = Release.SolutionRegions.AroundInlineRegion(cell.InstructorSource)!.Value;
                    var source = around.Before + (answer.Length == 0 ? Release.SolutionRegions.EmptyAnswer : answer) + around.After;
                    cells.Add(new GradedCell(cell.Id, CheckCellHardening.Harden(source), cell.CheckIds));
                    break;
                default:
                    if (cell.Role == CellRole.Check && theirSource is not null && Normalise(theirSource) != Normalise(cell.InstructorSource))
                    {
                        notes.Add($"Check cell {cell.Id} was edited; the original was run instead.");
                    }

                    cells.Add(new GradedCell(cell.Id, cell.CheckIds.Count > 0 ? CheckCellHardening.Harden(cell.InstructorSource) : cell.InstructorSource, cell.CheckIds));
                    break;
            }
        }

        return (cells, notes);
    }

    /// <summary>How many of the lesson's cell ids the submission has (to tell a lesson from a different notebook).</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="submission">A notebook.</param>
    public static int MatchingCells(LessonKey lesson, Notebook submission)
    {
        var ids = submission.Cells.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return lesson.Cells.Count(c => ids.Contains(c.Id));
    }

    private static string Normalise(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
