using Course.Grading.Release;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace Course.Grading;

/// <summary>
/// Takes a learner's quiz answer out of their version of an answer cell, and lets it back into the grader's
/// cell only if it is a plain value: literals, arithmetic, parentheses and <c>Math.*</c>, separated by commas
/// (an ordering). Anything else — a call to the learner's own code, a lambda, a statement smuggled in — is
/// refused, so an answer cannot run code that fakes a result.
/// </summary>
public static class AnswerExpression
{
    /// <summary>The learner's answer text in <paramref name="studentSource"/>, given the grader's answer cell.</summary>
    /// <param name="instructorSource">The instructor's answer cell (with its inline region).</param>
    /// <param name="studentSource">The learner's version of the cell, or <see langword="null"/> if it is missing.</param>
    /// <returns>The answer text, or empty when none can be found.</returns>
    public static string Extract(string instructorSource, string? studentSource)
    {
        if (studentSource is null || SolutionRegions.AroundInlineRegion(instructorSource) is not { } around)
        {
            return string.Empty;
        }

        if (studentSource.StartsWith(around.Before, StringComparison.Ordinal)
            && studentSource.EndsWith(around.After, StringComparison.Ordinal)
            && studentSource.Length >= around.Before.Length + around.After.Length)
        {
            return studentSource[around.Before.Length..^around.After.Length].Trim();
        }

        var call = CSharpSyntaxTree.ParseText(studentSource, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script))
            .GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Ask" } && i.ArgumentList.Arguments.Count >= 2);
        return call is null ? string.Empty : string.Join(", ", call.ArgumentList.Arguments.Skip(1).Select(a => a.ToString()));
    }

    /// <summary>Whether <paramref name="answer"/> is a plain value the grader may run.</summary>
    /// <param name="answer">The answer text (possibly several comma-separated values).</param>
    public static bool IsPlainValue(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return true;
        }

        var list = SyntaxFactory.ParseArgumentList("(" + answer + ")", options: new CSharpParseOptions(LanguageVersion.Latest));
        return !list.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            && list.ToFullString().Length == answer.Length + 2
            && list.Arguments.All(a => a.RefKindKeyword.IsKind(SyntaxKind.None) && a.NameColon is null && Plain(a.Expression));
    }

    private static bool Plain(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        ParenthesizedExpressionSyntax p => Plain(p.Expression),
        PrefixUnaryExpressionSyntax u => u.Kind() is SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression or SyntaxKind.LogicalNotExpression && Plain(u.Operand),
        BinaryExpressionSyntax b => b.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression && Plain(b.Left) && Plain(b.Right),
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Math" }, Name.Identifier.Text: "PI" or "E" } => true,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Math" } } } i =>
            i.ArgumentList.Arguments.All(a => a.NameColon is null && a.RefKindKeyword.IsKind(SyntaxKind.None) && Plain(a.Expression)),
        _ => false,
    };
}
