using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Grading;

/// <summary>
/// A submission's grade as Gradescope's autograder <c>results.json</c>
/// (https://gradescope-autograders.readthedocs.io/en/latest/specs/): the total <c>score</c>, an <c>output</c> for the
/// whole submission (notes, or why it could not be graded), and one test per check with its <c>score</c>,
/// <c>max_score</c>, <c>status</c> (<c>passed</c>/<c>failed</c>), <c>name</c>, <c>number</c> and feedback as
/// <c>output</c>. Everything is visible to the student at once; the instructor can change that in Gradescope.
/// </summary>
public static class GradescopeResults
{
    /// <summary>The folder of an output folder that holds one results file per submission.</summary>
    public const string FolderName = "gradescope";

    /// <summary>The results JSON of <paramref name="grade"/>.</summary>
    /// <param name="grade">One submission's grade.</param>
    public static string Json(SubmissionGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var tests = new JsonArray();
        for (var i = 0; i < grade.Checks.Count; i++)
        {
            var check = grade.Checks[i];
            tests.Add(new JsonObject
            {
                ["name"] = check.QuestionId,
                ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["score"] = check.Score,
                ["max_score"] = check.MaxScore,
                ["status"] = check.Correct ? "passed" : "failed",
                ["output"] = string.Join('\n', new[] { check.Feedback }.Concat(check.Details)),
                ["output_format"] = "text",
                ["visibility"] = "visible",
            });
        }

        var output = grade.Error is not null
            ? $"This submission could not be graded: {grade.Error}"
            : string.Join('\n', new[] { $"{grade.Lesson}: {grade.Score.ToString("0.##", CultureInfo.InvariantCulture)} / {grade.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)}" }.Concat(grade.Notes));
        var results = new JsonObject
        {
            ["score"] = grade.Error is null ? grade.Score : 0,
            ["output"] = output,
            ["output_format"] = "text",
            ["visibility"] = "visible",
            ["stdout_visibility"] = "hidden",
            ["tests"] = tests,
        };
        return results.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
