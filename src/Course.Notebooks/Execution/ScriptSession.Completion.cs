using Course.Notebooks.Directives;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Course.Notebooks.Execution;

/// <summary>Code completion against the session's state: what earlier cells defined is in scope.</summary>
public sealed partial class ScriptSession
{
    /// <summary>
    /// Names that can complete the identifier ending at <paramref name="position"/>: members of the
    /// expression before a <c>.</c> (including extension methods), otherwise every symbol in scope.
    /// Compiles the cell against the session's state without running it.
    /// </summary>
    /// <param name="code">The cell being edited.</param>
    /// <param name="position">Cursor position, a UTF-16 index in 0..code.Length.</param>
    public CompletionList Complete(string code, int position)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, code.Length);
        ObjectDisposedException.ThrowIf(disposed, this);
        var start = position;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }

        var none = new CompletionList([], start, position);
        if (Analyze(code, start) is not { } analysis)
        {
            return none;
        }

        var prefix = code[start..position];
        var items = Candidates(analysis.Model, analysis.Tree, analysis.Code, analysis.Position)
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(group => new CompletionItem(group.Key, SymbolKinds.Of(group.First())))
            .OrderBy(item => item.Text, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CompletionList(items, start, position);
    }

    /// <summary>
    /// The cell compiled against the session's state (not run), with <paramref name="position"/> moved into
    /// its directive-free code; <see langword="null"/> when the position is on a directive line or a
    /// directive is malformed.
    /// </summary>
    private CellAnalysis? Analyze(string code, int position)
    {
        ParsedCell parsed;
        try
        {
            parsed = DirectiveParser.Parse(code);
        }
        catch (FormatException)
        {
            return null;
        }

        if (OnDirectiveLine(parsed, code, position))
        {
            return null;
        }

        var compilation = chain.Analyze(parsed.Code);
        var tree = compilation.SyntaxTrees.Single();
        return new CellAnalysis(compilation.GetSemanticModel(tree), tree, parsed.Code, ToParsedPosition(code, parsed.Code, position));
    }

    private static IEnumerable<ISymbol> Candidates(SemanticModel model, SyntaxTree tree, string code, int start)
    {
        if (start == 0 || code[start - 1] != '.'
            || tree.GetRoot().FindToken(start - 1).Parent is not MemberAccessExpressionSyntax access)
        {
            return model.LookupSymbols(start);
        }

        if (model.GetSymbolInfo(access.Expression).Symbol is INamespaceOrTypeSymbol container)
        {
            return container is INamespaceSymbol ? model.LookupSymbols(start, container) : model.LookupStaticMembers(start, container);
        }

        return model.GetTypeInfo(access.Expression).Type is { } type
            ? model.LookupSymbols(start, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension })
            : [];
    }

    // Directive lines are blanked in the parsed code, so a position moves back by what was removed above it.
    private static int ToParsedPosition(string code, string parsedCode, int position)
    {
        var lineStart = code.LastIndexOf('\n', Math.Max(position - 1, 0)) + 1;
        if (position == 0)
        {
            lineStart = 0;
        }

        var lineIndex = code.AsSpan(0, lineStart).Count('\n');
        var parsedLineStart = 0;
        for (var i = 0; i < lineIndex; i++)
        {
            parsedLineStart = parsedCode.IndexOf('\n', parsedLineStart) + 1;
        }

        return parsedLineStart + (position - lineStart);
    }

    private static bool OnDirectiveLine(ParsedCell parsed, string code, int position)
    {
        var line = code.AsSpan(0, position).Count('\n') + 1;
        return parsed.Directives.Any(d => d.Line == line);
    }

    private sealed record CellAnalysis(SemanticModel Model, SyntaxTree Tree, string Code, int Position);
}
