namespace Course.Kernel.Execution;

/// <summary>Completion candidates replacing <c>code[Start..End]</c> (UTF-16 indexes).</summary>
/// <param name="Matches">Candidate texts, best first.</param>
/// <param name="Start">Start of the text the candidates replace.</param>
/// <param name="End">End of the text the candidates replace.</param>
public sealed record CellCompletions(IReadOnlyList<string> Matches, int Start, int End);
