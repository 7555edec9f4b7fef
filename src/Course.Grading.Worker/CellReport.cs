namespace Course.Grading.Worker;

/// <summary>
/// One frame of a worker's report: how a cell ended and, for a probe cell, what the learner's function returned.
/// The grader believes nothing else: it compares the outputs with its own reference and scores them itself.
/// </summary>
/// <param name="CellId">The cell id.</param>
/// <param name="Status">The engine's status (<c>Succeeded</c>, <c>Failed</c>, <c>TimedOut</c>, …).</param>
/// <param name="Error">The error message, if the cell failed.</param>
/// <param name="Probe">The learner's outputs on the probe's inputs, for a probe cell that ran.</param>
public sealed record CellReport(string CellId, string Status, string? Error, ProbeReport? Probe);

/// <summary>What the learner's function returned for each case of a probe.</summary>
/// <param name="Steps">Per step case, the run; <see langword="null"/> for the mini-batch exercise.</param>
/// <param name="Batches">Per mini-batch case, the two calls; <see langword="null"/> for a step exercise.</param>
public sealed record ProbeReport(IReadOnlyList<StepRunReport>? Steps, IReadOnlyList<BatchCaseReport>? Batches);

/// <summary>One step case: the buffers returned at each completed step, then the exception or the time-out that stopped it.</summary>
/// <param name="Outputs">Per completed step, the returned buffers (any may be null).</param>
/// <param name="Error">What the function threw, if it did.</param>
/// <param name="TimedOut">Whether the case ran out of time.</param>
public sealed record StepRunReport(IReadOnlyList<double[]?[]> Outputs, ThrownError? Error, bool TimedOut);

/// <summary>One mini-batch case: the first call and, when it returned, the second with the same seed.</summary>
/// <param name="First">The first call.</param>
/// <param name="Again">The second call, or <see langword="null"/> when the first threw or timed out.</param>
public sealed record BatchCaseReport(BatchCallReport First, BatchCallReport? Again);

/// <summary>One call of a mini-batch function.</summary>
/// <param name="Batches">What it returned.</param>
/// <param name="Error">What it threw, if it did.</param>
/// <param name="TimedOut">Whether it ran out of time.</param>
public sealed record BatchCallReport(int[][]? Batches, ThrownError? Error, bool TimedOut);

/// <summary>An exception the learner's code threw, by type name and message.</summary>
/// <param name="Type">The exception's type name.</param>
/// <param name="Message">Its message (shortened).</param>
public sealed record ThrownError(string Type, string Message);
