namespace Course.Grading.Worker;

/// <summary>
/// What a worker runs for one submission, sent by the grader on the worker's standard input: the cells in order
/// and how long each may take. It holds no secret: no seed, no reference values, no expected outputs.
/// </summary>
/// <param name="WorkingDirectory">The cells' working directory (the sandbox's private folder).</param>
/// <param name="CellTimeoutSeconds">How long one cell may run.</param>
/// <param name="Cells">The cells, in order.</param>
public sealed record GradeJob(string WorkingDirectory, double CellTimeoutSeconds, IReadOnlyList<GradedCell> Cells);
