namespace Course.Notebooks.Execution;

/// <summary>What the editor shows for the symbol under the cursor (Jupyter's <c>inspect_request</c>, Shift+Tab).</summary>
/// <param name="Signature">The symbol's declaration, e.g. <c>double Math.Sqrt(double d)</c>.</param>
/// <param name="Kind">What it is (<c>method</c>, <c>class</c>, <c>variable</c>, …), as in completions.</param>
/// <param name="Summary">The <c>&lt;summary&gt;</c> of its XML documentation as plain text, or <see langword="null"/> when it has none.</param>
public sealed record SymbolHelp(string Signature, string Kind, string? Summary);
