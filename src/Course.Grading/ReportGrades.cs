using Course.Checks;
using Course.Checks.Rendering;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// Turns a submission's plan and its worker's reports into one grade per check of the lesson, in lesson order. An
/// exercise is judged here from the outputs the worker reported (<see cref="ExerciseProbes.Grade"/>); a quiz was
/// judged when the plan was made. The first report of a cell counts; a cell reported twice is void.
/// </summary>
public static class ReportGrades
{
    /// <summary>Grades every check of <paramref name="lesson"/>.</summary>
    /// <param name="lesson">The grader's copy of the lesson.</param>
    /// <param name="plan">What was run and what was judged already.</param>
    /// <param name="outcome">What the worker reported.</param>
    /// <param name="limits">The limits, for messages.</param>
    /// <param name="seed">The hidden-case seed.</param>
    public static IReadOnlyList<CheckGrade> From(LessonKey lesson, GradingPlan plan, WorkerOutcome outcome, GradeLimits limits, int seed)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        var reports = outcome.Reports.GroupBy(r => r.CellId).ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single() : null);
        var probes = plan.Cells.Where(c => c.Probe is not null).ToDictionary(c => c.Id, c => c.Probe!);
        var grades = new List<CheckGrade>();
        foreach (var cell in lesson.Cells.Where(c => c.CheckIds.Count > 0))
        {
            var results = plan.Judged.GetValueOrDefault(cell.Id) ?? [];
            if (probes.TryGetValue(cell.Id, out var probe))
            {
                var report = reports.GetValueOrDefault(cell.Id);
                results = report?.Probe is { } outputs ? [ExerciseProbes.Grade(probe.ExerciseId, seed, outputs)] : [];
            }

            foreach (var id in cell.CheckIds.Distinct())
            {
                var max = CheckCatalog.MaxScore(id) ?? 0;
                var result = results.LastOrDefault(r => r.QuestionId == id);
                if (result is not null)
                {
                    var score = Math.Clamp(result.Score, 0, max);
                    grades.Add(new CheckGrade(id, CheckJson.KindName(result.Kind), score, max, result.Correct && score == max, result.Misconception?.Id, result.Feedback, true, result.Details));
                }
                else
                {
                    grades.Add(new CheckGrade(id, string.Empty, 0, max, false, null, WhyNoResult(reports.GetValueOrDefault(cell.Id), outcome, limits), false, []));
                }
            }
        }

        return grades;
    }

    private static string WhyNoResult(CellReport? report, WorkerOutcome outcome, GradeLimits limits)
    {
        if (report is not null)
        {
            return report.Status switch
            {
                "TimedOut" => $"The check cell did not finish within {limits.CellTimeout.TotalSeconds:0} s.",
                _ when report.Error is not null => $"The check cell failed: {report.Error}",
                _ => "The check cell ran but the learner's function did not come back to be checked.",
            };
        }

        if (outcome.TimedOut)
        {
            return $"Not run: the notebook did not finish within {limits.NotebookTimeout.TotalSeconds:0} s.";
        }

        var crash = outcome.ErrorTail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? " (stack overflow)"
            : outcome.ErrorTail.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) ? " (out of memory)"
            : string.Empty;
        return $"Not run: the submission's process ended early with exit code {outcome.ExitCode}{crash}, before this cell.";
    }
}
