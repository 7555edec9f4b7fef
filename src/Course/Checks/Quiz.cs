using Course.Checks.Quizzes;
using Course.Checks.Sessions;

namespace Course.Checks;

/// <summary>
/// Knowledge checks in one line: <c>Quiz.Show("03-momentum-decay")</c> shows a question,
/// <c>Quiz.Ask("03-momentum-decay", "b")</c> grades an answer and returns a ✓/✗ card.
/// The keys live in this library, not in the notebook. Every overload accepts any input:
/// an unknown id, an empty or malformed answer produce feedback on the card, never an exception.
/// </summary>
public static class Quiz
{
    /// <summary>Every question id, in lesson order.</summary>
    public static IReadOnlyList<string> Ids => QuestionBank.Questions.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The question <paramref name="id"/> with its choices (never its key), shown as an HTML card.</summary>
    /// <param name="id">A question id such as <c>"03-momentum-decay"</c>.</param>
    /// <returns>The question; for an unknown id, a card saying so and listing similar ids.</returns>
    public static QuestionView Show(string id)
    {
        var question = QuestionBank.Find(id);
        return question?.View() ?? new QuestionView(id ?? "(null)", CheckKind.MultipleChoice, UnknownIdMessage(id), [], "Check the id against the lesson.", 0);
    }

    /// <summary>
    /// Grades a text answer: a choice letter (<c>"b"</c>), <c>"true"</c>/<c>"false"</c>, a number with an optional
    /// unit (<c>"4 steps"</c>, <c>"35%"</c>), or an ordering (<c>"c, a, b"</c>). An empty string means "not answered yet".
    /// </summary>
    /// <param name="id">The question id.</param>
    /// <param name="answer">The learner's answer.</param>
    public static CheckResult Ask(string id, string? answer) => Grade(id, new QuizAnswer.Text(answer));

    /// <summary>Grades a multiple-choice answer given as a letter, such as <c>'b'</c>.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="answer">The letter of the chosen option.</param>
    public static CheckResult Ask(string id, char answer) => Grade(id, new QuizAnswer.Letter(answer));

    /// <summary>Grades a true/false answer.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="answer">Whether the learner thinks the statement is true.</param>
    public static CheckResult Ask(string id, bool answer) => Grade(id, new QuizAnswer.Truth(answer));

    /// <summary>Grades a numeric answer, in the unit the question names.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="answer">The learner's number.</param>
    public static CheckResult Ask(string id, double answer) => Grade(id, new QuizAnswer.Number(answer));

    /// <summary>Grades an ordering, given as the items' letters (or texts) in order: <c>Quiz.Ask(id, "c", "a", "b")</c>.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="order">The items in the order the learner chose.</param>
    public static CheckResult Ask(string id, params string?[]? order) => Grade(id, new QuizAnswer.Order(order));

    private static CheckResult Grade(string? id, QuizAnswer answer) => SessionChecks.Record(GradeUnrecorded(id, answer));

    private static CheckResult GradeUnrecorded(string? id, QuizAnswer answer)
    {
        var question = QuestionBank.Find(id);
        if (question is null)
        {
            return new CheckResult(id ?? "(null)", CheckKind.MultipleChoice, false, 0, 0, UnknownIdMessage(id));
        }

        try
        {
            return question.Grade(answer);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return new CheckResult(question.Id, question.Kind, false, 0, question.Points, $"This answer could not be read ({e.Message}).") { Prompt = question.Prompt };
        }
    }

    private static string UnknownIdMessage(string? id)
    {
        var suggestions = QuestionBank.Suggestions(id).ToArray();
        var known = suggestions.Length == 0 ? string.Empty : $" Similar ids: {string.Join(", ", suggestions)}.";
        return string.IsNullOrWhiteSpace(id)
            ? "No question id was given. Pass the id shown in the lesson, such as \"03-momentum-decay\"."
            : $"There is no question with the id \"{id}\".{known}";
    }
}
