namespace Course.Notebooks.Execution;

/// <summary>An error output, shaped like Jupyter's: a name, a value and traceback lines.</summary>
/// <param name="Name">The error's kind: an exception type name, <c>CompilationError</c>, <c>TimeoutError</c>,
/// <c>Interrupted</c> or <c>DirectiveError</c>.</param>
/// <param name="Value">A one-line message.</param>
/// <param name="Traceback">Lines to show; compile errors read <c>(line 3, col 5): error CS0103: …</c>.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback);
