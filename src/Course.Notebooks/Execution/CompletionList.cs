namespace Course.Notebooks.Execution;

/// <summary>Completion candidates that replace <c>code[Start..End]</c> (UTF-16 indexes into the cell).</summary>
/// <param name="Matches">Candidate names, sorted.</param>
/// <param name="Start">Start of the partial name the candidates replace.</param>
/// <param name="End">End of the partial name (the cursor).</param>
public sealed record CompletionList(IReadOnlyList<string> Matches, int Start, int End);
