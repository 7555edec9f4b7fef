using Course.Checks.Questions;

namespace Course.Checks.Quizzes;

/// <summary>Every knowledge-check question of the course, by id (lessons 00–11).</summary>
internal static class QuestionBank
{
    private static readonly Lazy<IReadOnlyDictionary<string, Question>> ById = new(Build);

    /// <summary>All questions, by id.</summary>
    public static IReadOnlyDictionary<string, Question> Questions => ById.Value;

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

    private static IReadOnlyDictionary<string, Question> Build()
    {
        IEnumerable<Question>[] lessons =
        [
            Lesson00StartHere.Questions,
            Lesson01GradientDescent.Questions,
            Lesson02MiniBatches.Questions,
            Lesson03Momentum.Questions,
            Lesson04Nesterov.Questions,
            Lesson05Adagrad.Questions,
            Lesson06RmsProp.Questions,
            Lesson07Adam.Questions,
            Lesson08AdamW.Questions,
            Lesson09PuttingItTogether.Questions,
            Lesson10SchedulesClippingSaddles.Questions,
            Lesson11Generalization.Questions,
        ];
        var byId = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in lessons.SelectMany(l => l))
        {
            if (!byId.TryAdd(question.Id, question))
            {
                throw new InvalidOperationException($"Two questions share the id '{question.Id}'.");
            }
        }

        return byId;
    }
}
