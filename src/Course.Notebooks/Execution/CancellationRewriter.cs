using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Course.Notebooks.Execution;

/// <summary>
/// Inserts <c>CancellationPoint.Check(slot)</c> at the top of every loop body and every method,
/// local function, accessor and lambda block body of a cell. The inserted call carries no line
/// breaks, so compile errors and stack traces keep the cell's own line numbers.
/// </summary>
internal sealed class CancellationRewriter(int slot) : CSharpSyntaxRewriter
{
    private readonly StatementSyntax check = SyntaxFactory.ParseStatement(
        $"global::Course.Notebooks.Scripting.CancellationPoint.Check({slot});");

    /// <summary>Rewrites a cell's source text, keeping its line layout.</summary>
    public static string Rewrite(string code, int slot, CSharpParseOptions parseOptions)
    {
        var tree = CSharpSyntaxTree.ParseText(code, parseOptions);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Let the compiler report the cell's own errors against its own text.
            return code;
        }

        return new CancellationRewriter(slot).Visit(tree.GetRoot()).ToFullString();
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.Block is null ? visited : visited.WithBlock(Prepend(visited.Block));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.Block is null ? visited : visited.WithBlock(Prepend(visited.Block));
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(visited.Block));
    }

    private BlockSyntax Guard(StatementSyntax statement) =>
        statement is BlockSyntax block
            ? Prepend(block)
            : SyntaxFactory.Block(check, statement.WithoutTrivia())
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(statement.GetTrailingTrivia());

    /// <summary>Puts the check right after the block's <c>{</c>, on the same line, so no later column moves.</summary>
    private BlockSyntax Prepend(BlockSyntax block)
    {
        var open = block.OpenBraceToken;
        return block
            .WithOpenBraceToken(open.WithTrailingTrivia())
            .WithStatements(block.Statements.Insert(0, check.WithTrailingTrivia(open.TrailingTrivia)));
    }
}
