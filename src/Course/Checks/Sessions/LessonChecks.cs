using Course.Checks.Quizzes;

namespace Course.Checks.Sessions;

/// <summary>The checks a lesson asks: its quiz questions (ids starting with the lesson's number) and its exercises.</summary>
internal static class LessonChecks
{
    /// <summary>The exercise ids each lesson checks, by lesson number.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Exercises = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["00"] = ["sgd-step"],
        ["01"] = ["sgd-step"],
        ["02"] = ["minibatch-epoch"],
        ["03"] = ["momentum-step"],
        ["04"] = ["nesterov-step"],
        ["05"] = ["adagrad-step"],
        ["06"] = ["rmsprop-step"],
        ["07"] = ["adam-step"],
        ["08"] = ["adamw-step"],
        ["09"] = ["paired-difference", "lr-sensitivity", "warmup-cosine", "trajectory", "lion-step"],
    };

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
