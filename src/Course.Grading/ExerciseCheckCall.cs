using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Course.Grading;

/// <summary>Reads the grader's own check cell <c>Exercise.Check("adam-step", MyAdamStep)</c>: the exercise id and the function it names.</summary>
/// <param name="ExerciseId">The exercise id.</param>
/// <param name="Function">The function expression, such as <c>MyAdamStep</c>.</param>
public sealed record ExerciseCheckCall(string ExerciseId, string Function)
{
    /// <summary>The single <c>Exercise.Check</c> call of <paramref name="source"/>, or <see langword="null"/> when there is not exactly one.</summary>
    /// <param name="source">A check cell of the grader's copy of a lesson.</param>
    public static ExerciseCheckCall? Find(string source)
    {
        var calls = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script))
            .GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Check", Expression: var target } && target.ToString().EndsWith("Exercise", StringComparison.Ordinal))
            .ToArray();
        return calls is [{ ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax id }, { Expression: var function }] }] && id.IsKind(SyntaxKind.StringLiteralExpression)
            ? new ExerciseCheckCall(id.Token.ValueText.Trim(), function.ToString())
            : null;
    }
}
