namespace Course.Grading.Worker;

/// <summary>A cell as the worker runs it.</summary>
/// <param name="Id">The lesson's cell id.</param>
/// <param name="Source">The code to run: the grader's own, the learner's for a solution cell, or a probe that hands the learner's function to the worker.</param>
/// <param name="CheckIds">The check ids the grader attributes to this cell (the worker does not use them).</param>
/// <param name="Probe">The inputs to call the learner's function on after the cell, when the cell is an exercise's probe.</param>
public sealed record GradedCell(string Id, string Source, IReadOnlyList<string> CheckIds, ExerciseProbe? Probe = null);
