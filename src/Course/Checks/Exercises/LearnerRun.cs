namespace Course.Checks.Exercises;

/// <summary>What happened when the learner's function ran through one case.</summary>
/// <param name="Outputs">Per completed step, the returned buffers (any may be null).</param>
/// <param name="Error">The exception the learner's code threw, if any (at step <c>Outputs.Count</c>).</param>
/// <param name="TimedOut">Whether the case did not finish within the time limit.</param>
internal sealed record LearnerRun(IReadOnlyList<double[]?[]> Outputs, Exception? Error, bool TimedOut);
