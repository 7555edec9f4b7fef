using System.Text.Json;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// <c>grades.json</c>: every submission's grade, in <see cref="Ordered"/> order, complete enough to rebuild every
/// other output — which is how <c>course grade merge</c> turns shard outputs into one run's outputs.
/// </summary>
public static class GradesFile
{
    /// <summary>The file's name in an output folder.</summary>
    public const string FileName = "grades.json";

    /// <summary>The order every output lists submissions in: by student, lesson and file, so it does not depend on which shard or job graded what.</summary>
    /// <param name="grades">Grades in any order.</param>
    public static IReadOnlyList<SubmissionGrade> Ordered(IEnumerable<SubmissionGrade> grades) =>
        [.. grades.OrderBy(g => g.Student, StringComparer.Ordinal).ThenBy(g => g.Lesson, StringComparer.Ordinal).ThenBy(g => g.Path, StringComparer.Ordinal)];

    /// <summary>Writes <paramref name="grades"/> to <paramref name="path"/>.</summary>
    /// <param name="grades">The grades, already ordered.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(IReadOnlyList<SubmissionGrade> grades, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(grades.Select(g => new
        {
            g.Student,
            g.Lesson,
            g.Path,
            g.Error,
            g.Score,
            g.MaxScore,
            g.Checks,
            g.Notes,
        }), GradingJson.Indented));

    /// <summary>Reads the grades a run wrote to <paramref name="path"/>.</summary>
    /// <param name="path">A <c>grades.json</c>.</param>
    /// <exception cref="InvalidDataException">The file is not a grades file.</exception>
    public static IReadOnlyList<SubmissionGrade> Read(string path)
    {
        try
        {
            var grades = JsonSerializer.Deserialize<List<SubmissionGrade>>(File.ReadAllText(path), GradingJson.Options);
            if (grades is null || grades.Any(g => g.Student is null || g.Lesson is null || g.Path is null || g.Checks is null || g.Notes is null))
            {
                throw new InvalidDataException($"{path} is not a grades.json written by course grade.");
            }

            return grades;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a grades.json written by course grade ({e.Message}).", e);
        }
    }
}
