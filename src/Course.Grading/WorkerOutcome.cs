using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>What came back from one submission's worker process.</summary>
/// <param name="Reports">One report per cell that finished, in order.</param>
/// <param name="Completed">Whether the worker ran every cell and said so.</param>
/// <param name="ExitCode">The process's exit code (or -1 when it was killed).</param>
/// <param name="TimedOut">Whether the notebook timeout killed the process.</param>
/// <param name="ErrorTail">The end of the process's standard error, for crash messages.</param>
public sealed record WorkerOutcome(IReadOnlyList<CellReport> Reports, bool Completed, int ExitCode, bool TimedOut, string ErrorTail);
