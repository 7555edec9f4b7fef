namespace Course.Grading;

/// <summary>One check of one submission, as graded.</summary>
/// <param name="QuestionId">The question or exercise id.</param>
/// <param name="Kind">The kind of check (<c>exercise</c>, <c>multiple-choice</c>, …), or empty when it produced no result.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available (from the grader's catalog).</param>
/// <param name="Correct">Whether the check passed fully.</param>
/// <param name="Misconception">The recognised mistake's id, if any.</param>
/// <param name="Feedback">The check's feedback, or why it produced no result.</param>
/// <param name="Ran">Whether the check cell produced a result.</param>
/// <param name="Details">Further feedback lines, such as one per hidden case of an exercise.</param>
public sealed record CheckGrade(string QuestionId, string Kind, double Score, double MaxScore, bool Correct, string? Misconception, string Feedback, bool Ran, IReadOnlyList<string> Details);
