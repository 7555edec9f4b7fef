using System.Reflection;
using Course.Checks;

namespace Course.Grading;

/// <summary>
/// A learner's quiz answer as the trusted side read it from their answer cell: the <c>Quiz.Ask</c> overload C#
/// would call and the argument values, or why the answer could not be read.
/// </summary>
/// <param name="QuestionId">The question the grader's copy of the cell asks.</param>
/// <param name="Overload">The overload of <see cref="Quiz"/>.<c>Ask</c> the learner's call binds to, or <see langword="null"/> when refused.</param>
/// <param name="Arguments">The evaluated arguments, in parameter order (the question id first).</param>
/// <param name="Refusal">Why the answer was not read (graded as unanswered), or <see langword="null"/>.</param>
public sealed record QuizAnswerReading(string QuestionId, MethodInfo? Overload, IReadOnlyList<object?> Arguments, string? Refusal)
{
    /// <summary>Grades the answer with the course's own question bank, exactly as the notebook's call would.</summary>
    /// <returns>The check result; an empty answer's result when the answer was refused.</returns>
    public CheckResult Judge() =>
        Overload is null
            ? Quiz.Ask(QuestionId, string.Empty)
            : (CheckResult)Overload.Invoke(null, [.. Arguments])!;

    /// <summary>A refusal: the cell is graded as if unanswered, with <paramref name="reason"/> as a note.</summary>
    /// <param name="questionId">The question id.</param>
    /// <param name="reason">Why, in one sentence.</param>
    public static QuizAnswerReading Refused(string questionId, string reason) => new(questionId, null, [], reason);
}
