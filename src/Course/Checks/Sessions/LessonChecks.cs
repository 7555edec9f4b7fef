using Course.Checks.Quizzes;

namespace Course.Checks.Sessions;

/// <summary>
/// The checks a lesson asks: its exercises, the ids of its notebook's <c>Exercise.Check</c> calls in cell order (read from
/// notebooks/*.ipynb at build time by LessonExercises.targets, which writes the table <c>Exercises</c>), and its quiz
/// questions (ids starting with the lesson's number).
/// </summary>
internal static partial class LessonChecks
{
    /// <summary>The lesson's exercises, then its questions in the order the bank declares them.</summary>
    /// <param name="lesson">The lesson's number, two digits (<c>"03"</c>).</param>
    public static IReadOnlyList<(string Id, bool IsExercise)> Of(string lesson)
    {
        var exercises = Exercises.TryGetValue(lesson, out var ids) ? ids : [];
        return exercises.Select(id => (id, true))
            .Concat(QuestionBank.InOrder.Where(q => q.Id.StartsWith(lesson + "-", StringComparison.Ordinal)).Select(q => (q.Id, false)))
            .ToArray();
    }

    /// <summary>Every lesson number that has a check.</summary>
    public static IEnumerable<string> Lessons =>
        Exercises.Keys.Concat(QuestionBank.InOrder.Select(q => q.Id[..2])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
