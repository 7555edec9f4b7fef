using Course.Checks.Questions;
using Course.Checks.Questions.Predictions;

namespace Course.Checks.Quizzes;

/// <summary>Every knowledge-check question of the course, by id (lessons 00–11).</summary>
internal static class QuestionBank
{
    private static readonly Lazy<IReadOnlyList<Question>> All = new(Build);

    private static readonly Lazy<IReadOnlyDictionary<string, Question>> ById = new(() => All.Value.ToDictionary(q => q.Id, StringComparer.Ordinal));

    /// <summary>All questions, by id.</summary>
    public static IReadOnlyDictionary<string, Question> Questions => ById.Value;

    /// <summary>All questions, lesson by lesson, each lesson's in the order it declares them.</summary>
    public static IReadOnlyList<Question> InOrder => All.Value;

    /// <summary>The question with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Question? Find(string? id) =>
        id is not null && Questions.TryGetValue(id.Trim(), out var question) ? question : null;

    /// <summary>Ids that look like <paramref name="id"/> (same lesson prefix or sharing a word), for an unknown-id message.</summary>
    public static IEnumerable<string> Suggestions(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return [];
        }

        var prefix = id.Length >= 3 ? id[..3] : id;
        var words = id.Split('-', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        return Questions.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || words.Any(w => k.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Take(8);
    }

    private static IReadOnlyList<Question> Build()
    {
        IEnumerable<Question>[] lessons =
        [
            Lesson00StartHere.Questions,
            Lesson00Predictions.Questions,
            Lesson01GradientDescent.Questions,
            Lesson01Predictions.Questions,
            Lesson02MiniBatches.Questions,
            Lesson02Predictions.Questions,
            Lesson03Momentum.Questions,
            Lesson03Predictions.Questions,
            Lesson04Nesterov.Questions,
            Lesson04Predictions.Questions,
            Lesson05Adagrad.Questions,
            Lesson05Predictions.Questions,
            Lesson06RmsProp.Questions,
            Lesson06Predictions.Questions,
            Lesson07Adam.Questions,
            Lesson07Predictions.Questions,
            Lesson08AdamW.Questions,
            Lesson08Predictions.Questions,
            Lesson09PuttingItTogether.Questions,
            Lesson09Predictions.Questions,
            Lesson10SchedulesClippingSaddles.Questions,
            Lesson10Predictions.Questions,
            Lesson11Generalization.Questions,
        ];
        var questions = lessons.SelectMany(l => l).ToArray();
        var repeated = questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"Two questions share the id '{repeated.Key}'.");
        }

        return questions;
    }
}
