using System.Text.RegularExpressions;
using Course.Notebooks.Execution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Course.Grading;

/// <summary>
/// What a solution may not do, decided before anything runs. A directive (<c>#r</c>, <c>#i</c>, <c>#!</c>,
/// <c>#load</c>) would make the engine restore packages or load code for the student. Reflection, <c>dynamic</c>,
/// <c>Type.GetType</c>, <c>Activator</c>, expression trees, unsafe code, P/Invoke, and the course library's own
/// optimizers or checkers would let an exercise be answered without implementing it. The learner's cell is bound
/// with Roslyn's semantic model, chained after the cells before it, so aliases, <c>using static</c>, <c>var</c> and
/// extension methods are seen through: it is the symbols the code binds to that count, not how they are spelled.
/// </summary>
public static partial class SolutionPolicy
{
    private static readonly string[] ForbiddenNamespaces =
    [
        "System.Reflection",
        "System.Runtime.InteropServices",
        "System.Runtime.Loader",
        "System.Linq.Expressions",
        "System.Runtime.Intrinsics",
        "Course.Optimizers",
        "Course.Training",
        "Course.Checks",
        "Course.Notebooks",
        "Course.Grading",
        "Microsoft.CodeAnalysis",
    ];

    private static readonly string[] ForbiddenTypes =
    [
        "System.Type",
        "System.Activator",
        "System.AppDomain",
        "System.Delegate",
        "System.MulticastDelegate",
        "System.TypedReference",
        "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.CompilerServices.RuntimeHelpers",
    ];

    private static readonly string[] AllowedCourseTypes =
    [
        "Course.Checks.SgdStep", "Course.Checks.MomentumStep", "Course.Checks.NesterovStep", "Course.Checks.AdagradStep",
        "Course.Checks.RmsPropStep", "Course.Checks.AdamStep", "Course.Checks.AdamWStep", "Course.Checks.EpochBatches",
        "Course.Checks.LionStep", "Course.Checks.WarmupCosineSchedule",
    ];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("xunit", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    /// <summary>The engine directive in <paramref name="source"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="source">A learner's solution cell.</param>
    public static string? Directive(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var match = DirectiveLine().Match(source);
        return match.Success ? match.Value.Trim() : null;
    }

    /// <summary>Why <paramref name="solution"/> earns nothing, or <see langword="null"/> when it may run.</summary>
    /// <param name="before">The cells that run before it (the grader's setup and the learner's earlier solutions), in order.</param>
    /// <param name="solution">The learner's solution cell.</param>
    public static string? Refusal(IReadOnlyList<string> before, string solution)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(solution);
        if (Directive(solution) is { } directive)
        {
            return $"the solution uses the directive {Shorten(directive)}; directives are not allowed in a solution, so it was not run";
        }

        var options = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: ScriptSession.DefaultImports, allowUnsafe: true);
        CSharpCompilation? previous = null;
        foreach (var cell in before.Append(solution).Select((source, i) => (source, i)))
        {
            var text = cell.i < before.Count ? DirectiveLine().Replace(cell.source, string.Empty) : cell.source;
            previous = CSharpCompilation.CreateScriptCompilation($"cell{cell.i}", CSharpSyntaxTree.ParseText(text, options), References.Value, compilationOptions, previous);
        }

        var tree = previous!.SyntaxTrees.Single();
        var model = previous.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
        {
            if (Unsafe(node) is { } construct)
            {
                return $"the solution uses {construct}, which is not allowed in an exercise";
            }

            if (node is not ExpressionSyntax expression)
            {
                continue;
            }

            if (model.GetTypeInfo(expression).Type is { TypeKind: TypeKind.Dynamic })
            {
                return "the solution uses dynamic, which is not allowed in an exercise";
            }

            var symbol = model.GetSymbolInfo(expression).Symbol;
            var type = model.GetTypeInfo(expression).Type;
            if ((Forbidden(symbol) ?? Forbidden(type)) is { } what)
            {
                return $"the solution uses {what}; reflection, unsafe code, native calls and the course library's optimizers and checkers are not allowed in an exercise, which must implement the rule itself";
            }
        }

        return null;
    }

    private static string? Unsafe(SyntaxNode node) => node switch
    {
        PointerTypeSyntax or FunctionPointerTypeSyntax => "a pointer",
        UnsafeStatementSyntax => "an unsafe block",
        FixedStatementSyntax => "a fixed statement",
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword)) => "unsafe code",
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword)) => "an extern (native) method",
        LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword)) => "unsafe code",
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "a typed reference",
        _ => null,
    };

    private static string? Forbidden(ISymbol? symbol)
    {
        if (symbol is null or INamespaceSymbol)
        {
            return null;
        }

        var type = symbol as ITypeSymbol ?? symbol.ContainingType;
        while (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        if (type is null)
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Dynamic)
        {
            return "dynamic";
        }

        var name = type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty, StringComparison.Ordinal);
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        var plain = generic < 0 ? name : name[..generic];
        if (AllowedCourseTypes.Contains(plain))
        {
            return null;
        }

        if (ForbiddenTypes.Contains(plain) && !(plain == "System.Type" && symbol is ITypeSymbol))
        {
            return symbol is ITypeSymbol ? plain : $"{plain}.{symbol.Name}";
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ForbiddenNamespaces.Any(n => space == n || space.StartsWith(n + ".", StringComparison.Ordinal)) ? plain : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"^[ \t]*#(?:r\b|i\b|load\b|!)[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
