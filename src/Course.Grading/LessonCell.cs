using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>One code cell of the grader's copy of a lesson.</summary>
/// <param name="Id">The cell id, used to find the learner's version of the cell.</param>
/// <param name="Role">What the cell is for.</param>
/// <param name="InstructorSource">The instructor's source, solutions included.</param>
/// <param name="StudentSource">The released source (solutions replaced by stubs).</param>
/// <param name="CheckIds">The question and exercise ids the cell checks, in order.</param>
public sealed record LessonCell(string Id, CellRole Role, string InstructorSource, string StudentSource, IReadOnlyList<string> CheckIds);
