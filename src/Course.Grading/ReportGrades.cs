using System.Text.Json;
using Course.Checks;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>Turns a worker's cell reports into one grade per check of the lesson.</summary>
public static class ReportGrades
{
    /// <summary>Grades every check of <paramref name="cells"/> from <paramref name="outcome"/>.</summary>
    /// <param name="cells">The cells that were run.</param>
    /// <param name="outcome">What the worker reported.</param>
    /// <param name="limits">The limits, for messages.</param>
    public static IReadOnlyList<CheckGrade> From(IReadOnlyList<GradedCell> cells, WorkerOutcome outcome, GradeLimits limits)
    {
        var reports = outcome.Reports.GroupBy(r => r.CellId).ToDictionary(g => g.Key, g => g.Last());
        var grades = new List<CheckGrade>();
        foreach (var cell in cells.Where(c => c.CheckIds.Count > 0))
        {
            var report = reports.GetValueOrDefault(cell.Id);
            var results = report?.Checks.Select(Parse).OfType<JsonElement>().ToArray() ?? [];
            foreach (var id in cell.CheckIds.Distinct())
            {
                var max = CheckCatalog.MaxScore(id) ?? 0;
                var result = results.LastOrDefault(r => r.TryGetProperty("questionId", out var q) && q.GetString() == id);
                if (result.ValueKind == JsonValueKind.Object)
                {
                    var score = Math.Clamp(result.GetProperty("score").GetDouble(), 0, max);
                    var misconception = result.TryGetProperty("misconception", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    var feedback = result.TryGetProperty("feedback", out var f) ? f.GetString() ?? string.Empty : string.Empty;
                    var details = result.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Array
                        ? d.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
                        : [];
                    grades.Add(new CheckGrade(id, result.GetProperty("kind").GetString() ?? string.Empty, score, max, result.GetProperty("correct").GetBoolean() && score == max, misconception, feedback, true, details));
                }
                else
                {
                    grades.Add(new CheckGrade(id, string.Empty, 0, max, false, null, WhyNoResult(report, outcome, limits), false, []));
                }
            }
        }

        return grades;
    }

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string WhyNoResult(CellReport? report, WorkerOutcome outcome, GradeLimits limits)
    {
        if (report is not null)
        {
            return report.Status switch
            {
                "TimedOut" => $"The check cell did not finish within {limits.CellTimeout.TotalSeconds:0} s.",
                _ when report.Error is not null => $"The check cell failed: {report.Error}",
                _ => "The check cell ran but produced no check result.",
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
