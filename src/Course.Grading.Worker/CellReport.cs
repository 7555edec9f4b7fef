namespace Course.Grading.Worker;

/// <summary>One line of a grade worker's report: how a cell ended and the check results it produced.</summary>
/// <param name="CellId">The cell id.</param>
/// <param name="Status">The engine's status (<c>Succeeded</c>, <c>Failed</c>, <c>TimedOut</c>, …).</param>
/// <param name="Error">The error message, if the cell failed.</param>
/// <param name="Checks">The <c>application/vnd.course.check+json</c> results of the cell's value, as JSON text.</param>
public sealed record CellReport(string CellId, string Status, string? Error, IReadOnlyList<string> Checks);
