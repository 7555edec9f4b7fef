using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Course.Notebooks.Execution;

/// <summary>Help for the symbol under the cursor, from Roslyn's semantic model of the cell.</summary>
public sealed partial class ScriptSession
{
    private static readonly SymbolDisplayFormat SignatureFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeExtensionThis,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// The signature and documentation summary of the symbol at <paramref name="position"/>: the name the
    /// cursor is in or just after, or else the method whose argument list it is in. Earlier cells'
    /// definitions are known; the cell is compiled, not run.
    /// </summary>
    /// <param name="code">The cell being edited.</param>
    /// <param name="position">Cursor position, a UTF-16 index in 0..code.Length.</param>
    /// <returns>The help, or <see langword="null"/> when there is no symbol there.</returns>
    public SymbolHelp? Inspect(string code, int position)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, code.Length);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (Analyze(code, position) is not { } analysis || SymbolAt(analysis) is not { } symbol)
        {
            return null;
        }

        var documented = symbol switch
        {
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            _ => symbol.OriginalDefinition,
        };
        return new SymbolHelp(
            symbol.ToDisplayString(SignatureFormat),
            SymbolKinds.Of(symbol),
            DocumentationSummary.FromXml(documented.GetDocumentationCommentXml(expandIncludes: true)));
    }

    private static ISymbol? SymbolAt(CellAnalysis analysis)
    {
        var root = analysis.Tree.GetRoot();
        var position = Math.Min(analysis.Position, root.FullSpan.End);
        var token = root.FindToken(position);
        if (!token.IsKind(SyntaxKind.IdentifierToken) && position > 0)
        {
            token = root.FindToken(position - 1);
        }

        if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is { } named && SymbolOf(analysis.Model, named) is { } symbol)
        {
            return symbol;
        }

        // Inside an argument list: the method being called.
        var call = token.Parent?.AncestorsAndSelf().FirstOrDefault(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax);
        return call switch
        {
            InvocationExpressionSyntax invocation => SymbolOf(analysis.Model, invocation.Expression) ?? SymbolOf(analysis.Model, invocation),
            BaseObjectCreationExpressionSyntax creation => SymbolOf(analysis.Model, creation),
            _ => null,
        };
    }

    private static ISymbol? SymbolOf(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        return info.Symbol
            ?? info.CandidateSymbols.FirstOrDefault()
            ?? model.GetDeclaredSymbol(node)
            ?? (node is ExpressionSyntax expression ? model.GetTypeInfo(expression).Type as ISymbol : null) switch
            {
                IErrorTypeSymbol => null,
                var type => type,
            };
    }
}
