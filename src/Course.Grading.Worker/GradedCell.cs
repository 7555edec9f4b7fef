namespace Course.Grading.Worker;

/// <summary>A cell as the grader runs it.</summary>
/// <param name="Id">The lesson's cell id.</param>
/// <param name="Source">The code to run: the grader's own, or the learner's for a solution cell.</param>
/// <param name="CheckIds">The check ids whose results this cell may report.</param>
public sealed record GradedCell(string Id, string Source, IReadOnlyList<string> CheckIds);
