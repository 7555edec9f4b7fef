namespace Course.Notebooks.Directives;

/// <summary>A cell split into the directives the engine handles and the C# the compiler sees.</summary>
/// <param name="Code">The cell with every directive line blanked, so line numbers still match the cell.</param>
/// <param name="Directives">The directives in the order they appear.</param>
public sealed record ParsedCell(string Code, IReadOnlyList<Directive> Directives);
