namespace Course.Notebooks.Directives;

/// <summary>A line of a cell the engine handles itself instead of passing it to the compiler.</summary>
/// <param name="Line">The directive's 1-based line in the cell.</param>
public abstract record Directive(int Line);

/// <summary><c>#r "nuget: Name, Version"</c> or <c>#r "nuget: Name"</c>: restore a package and reference its closure.</summary>
/// <param name="Line">The directive's 1-based line in the cell.</param>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version or range; <see langword="null"/> for the newest.</param>
public sealed record PackageReferenceDirective(int Line, string Name, string? Version) : Directive(Line);

/// <summary><c>#r "path.dll"</c>: reference an assembly by path, relative to the notebook's folder.</summary>
/// <param name="Line">The directive's 1-based line in the cell.</param>
/// <param name="Path">The path as written.</param>
public sealed record AssemblyReferenceDirective(int Line, string Path) : Directive(Line);

/// <summary><c>#i "nuget: source"</c>: add a package source for later restores.</summary>
/// <param name="Line">The directive's 1-based line in the cell.</param>
/// <param name="Source">A feed URL or a local folder.</param>
public sealed record PackageSourceDirective(int Line, string Source) : Directive(Line);

/// <summary><c>#!name</c>: a Polyglot Notebooks magic command; only <c>#!csharp</c> is supported.</summary>
/// <param name="Line">The directive's 1-based line in the cell.</param>
/// <param name="Name">The magic's name without <c>#!</c>.</param>
/// <param name="Text">The whole line as written.</param>
public sealed record MagicDirective(int Line, string Name, string Text) : Directive(Line)
{
    /// <summary>Whether the engine accepts this magic (it selects C#, the only language here).</summary>
    public bool IsSupported => Name is "csharp" or "c#" or "C#";
}
