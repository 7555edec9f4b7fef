namespace Course.Grading.Worker;

/// <summary>What a grade worker process runs: the cells, where, and how long each may take. Written as JSON.</summary>
/// <param name="WorkingDirectory">The lesson's folder, the cells' working directory.</param>
/// <param name="CellTimeoutSeconds">How long one cell may run.</param>
/// <param name="Cells">The cells, in order.</param>
public sealed record GradeJob(string WorkingDirectory, double CellTimeoutSeconds, IReadOnlyList<GradedCell> Cells);
