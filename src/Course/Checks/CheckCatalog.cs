using Course.Checks.Exercises;
using Course.Checks.Quizzes;

namespace Course.Checks;

/// <summary>What a grader needs to know about a check without running it: whether the id exists and its points.</summary>
public static class CheckCatalog
{
    /// <summary>
    /// The points available for <paramref name="id"/>: a question's points, or an exercise's number of hidden
    /// cases (one point each); <see langword="null"/> for an unknown id.
    /// </summary>
    /// <param name="id">A question or exercise id.</param>
    public static double? MaxScore(string id) =>
        QuestionBank.Find(id)?.Points ?? (ExerciseCatalog.ById.TryGetValue(id ?? string.Empty, out var exercise) ? exercise.CaseCount : null);
}
