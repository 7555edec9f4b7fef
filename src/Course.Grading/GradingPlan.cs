using Course.Checks;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>How one submission is graded: what the worker runs, and the checks judged without it.</summary>
/// <param name="Cells">The cells the worker runs, in order (probe cells carry the exercise's inputs).</param>
/// <param name="Judged">Per cell id, the quiz checks judged on the trusted side from the submission's source.</param>
/// <param name="Notes">What the grader replaced or refused.</param>
public sealed record GradingPlan(IReadOnlyList<GradedCell> Cells, IReadOnlyDictionary<string, IReadOnlyList<CheckResult>> Judged, IReadOnlyList<string> Notes);
