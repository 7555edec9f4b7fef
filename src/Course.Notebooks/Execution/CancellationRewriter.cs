using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Course.Notebooks.Execution;

/// <summary>
/// Inserts <c>CancellationPoint.Check()</c> at the top of every loop body and every method,
/// local function, accessor and lambda body of a cell. Expression bodies (<c>i =&gt; i * i</c>,
/// <c>int F() =&gt; …;</c>) become block bodies that check, then return the expression, and a query's
/// <c>select</c> and <c>where</c> expressions pass through <c>CancellationPoint.Pass(…)</c>, so LINQ
/// over a huge range stops too. The inserted code carries no line breaks, so compile errors and
/// stack traces keep the cell's own line numbers.
/// </summary>
/// <remarks>
/// Which expression bodies return a value is only known after binding, so every one (and every query
/// clause) is guarded and numbered (in source order); those the compiler then rejects (a lambda that
/// returns nothing, one converted to an expression tree, <c>select null</c>) are listed in
/// <c>unguarded</c> on a second pass and left as written.
/// </remarks>
internal sealed class CancellationRewriter(IReadOnlySet<int> unguarded) : CSharpSyntaxRewriter
{
    private const string GuardKind = "course-cancellation-guard";

    private readonly StatementSyntax check = SyntaxFactory.ParseStatement(
        "global::Course.Notebooks.Scripting.CancellationPoint.Check();");

    private readonly ExpressionSyntax pass = SyntaxFactory.ParseExpression("global::Course.Notebooks.Scripting.CancellationPoint.Pass");

    private int nextExpressionBody;

    /// <summary>Rewrites a cell's source text, keeping its line layout.</summary>
    /// <param name="code">The cell's C# (directives already removed).</param>
    /// <param name="parseOptions">How the cell is parsed.</param>
    /// <param name="unguarded">Numbers of expression bodies to leave as written.</param>
    public static GuardedCell Rewrite(string code, CSharpParseOptions parseOptions, IReadOnlySet<int>? unguarded = null)
    {
        var tree = CSharpSyntaxTree.ParseText(code, parseOptions);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Let the compiler report the cell's own errors against its own text.
            return new GuardedCell(code, []);
        }

        var root = new CancellationRewriter(unguarded ?? new HashSet<int>()).Visit(tree.GetRoot());
        var guards = root.GetAnnotatedNodes(GuardKind)
            .Select(node => new GuardedBody(int.Parse(node.GetAnnotations(GuardKind).First().Data!, System.Globalization.CultureInfo.InvariantCulture), node.Span))
            .ToList();
        return new GuardedCell(root.ToFullString(), guards);
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
        var number = node.ExpressionBody is null ? -1 : nextExpressionBody++;
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Body is not null
            ? visited.WithBody(Prepend(visited.Body))
            : GuardedArrow(visited, visited.ExpressionBody, visited.ReturnType, visited.SemicolonToken, number,
                block => visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));
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
        var number = node.ExpressionBody is null ? -1 : nextExpressionBody++;
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is not null
            ? visited.WithBody(Prepend(visited.Body))
            : GuardedArrow(visited, visited.ExpressionBody, visited.ReturnType, visited.SemicolonToken, number,
                block => visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var number = node.ExpressionBody is null ? -1 : nextExpressionBody++;
        return GuardedLambda((ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!, number);
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var number = node.ExpressionBody is null ? -1 : nextExpressionBody++;
        return GuardedLambda((SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!, number);
    }

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node)
    {
        var number = nextExpressionBody++;
        var visited = (SelectClauseSyntax)base.VisitSelectClause(node)!;
        return unguarded.Contains(number) ? visited : Annotated(visited.WithExpression(Passed(visited.Expression)), number);
    }

    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node)
    {
        var number = nextExpressionBody++;
        var visited = (WhereClauseSyntax)base.VisitWhereClause(node)!;
        return unguarded.Contains(number) ? visited : Annotated(visited.WithCondition(Passed(visited.Condition)), number);
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(visited.Block));
    }

    /// <summary>
    /// A method or local function with an expression body (<paramref name="arrow"/>, number <paramref name="number"/>) as
    /// <paramref name="withBody"/> makes it with the guarded block instead, or as written when that body is left unguarded.
    /// </summary>
    private SyntaxNode GuardedArrow<T>(T visited, ArrowExpressionClauseSyntax? arrow, TypeSyntax returnType, SyntaxToken semicolon, int number, Func<BlockSyntax, T> withBody)
        where T : SyntaxNode =>
        arrow is not null && !unguarded.Contains(number) ? Annotated(withBody(Block(arrow, IsVoid(returnType), semicolon)), number) : visited;

    /// <summary>A lambda with the check first in its block, or its expression body (number <paramref name="number"/>) as a guarded block unless left unguarded.</summary>
    private SyntaxNode GuardedLambda(LambdaExpressionSyntax visited, int number)
    {
        if (visited.Block is not null)
        {
            return visited.WithBlock(Prepend(visited.Block));
        }

        return visited.ExpressionBody is { } body && !unguarded.Contains(number)
            ? Annotated(visited.WithExpressionBody(null).WithBlock(Block(body, returnsVoid: false)), number)
            : visited;
    }

    /// <summary><c>expression</c> as <c>CancellationPoint.Pass(expression)</c>, its trivia kept outside.</summary>
    private InvocationExpressionSyntax Passed(ExpressionSyntax expression) =>
        SyntaxFactory.InvocationExpression(
                pass,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
            .WithLeadingTrivia(expression.GetLeadingTrivia())
            .WithTrailingTrivia(expression.GetTrailingTrivia());

    private static bool IsVoid(TypeSyntax returnType) =>
        returnType is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);

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

    /// <summary>
    /// <c>=&gt; expression;</c> as <c>{ check; return expression; }</c> (a statement for a void member, a
    /// <c>throw</c> for a throw expression), the expression's own trivia kept where it was.
    /// </summary>
    private BlockSyntax Block(ArrowExpressionClauseSyntax arrow, bool returnsVoid, SyntaxToken semicolon)
    {
        var block = Block(arrow.Expression, returnsVoid);
        return block
            .WithLeadingTrivia(arrow.ArrowToken.LeadingTrivia)
            .WithTrailingTrivia(block.GetTrailingTrivia().AddRange(semicolon.LeadingTrivia).AddRange(semicolon.TrailingTrivia));
    }

    private BlockSyntax Block(ExpressionSyntax expression, bool returnsVoid)
    {
        var trailing = expression.GetTrailingTrivia();
        var body = expression.WithTrailingTrivia();
        var semicolon = SyntaxFactory.Token(SyntaxKind.SemicolonToken);
        StatementSyntax statement = body switch
        {
            ThrowExpressionSyntax thrown => SyntaxFactory.ThrowStatement(
                SyntaxFactory.Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(SyntaxFactory.Space), thrown.Expression, semicolon),
            _ when returnsVoid => SyntaxFactory.ExpressionStatement(body, semicolon),
            _ => SyntaxFactory.ReturnStatement(
                SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space), body, semicolon),
        };
        return SyntaxFactory.Block(check, statement).WithTrailingTrivia(trailing);
    }

    /// <summary>Marks a lambda or member whose expression body was guarded with its number.</summary>
    private static T Annotated<T>(T node, int number)
        where T : SyntaxNode =>
        node.WithAdditionalAnnotations(new SyntaxAnnotation(GuardKind, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>A cell's source with cancellation checks written in.</summary>
/// <param name="Code">The rewritten source.</param>
/// <param name="Guards">Where each guarded expression body is in <paramref name="Code"/>, by its number.</param>
internal sealed record GuardedCell(string Code, IReadOnlyList<GuardedBody> Guards)
{
    /// <summary>The numbers of the innermost guarded bodies that contain one of <paramref name="errors"/>.</summary>
    public IReadOnlySet<int> GuardsAround(IEnumerable<Diagnostic> errors)
    {
        var numbers = new HashSet<int>();
        foreach (var error in errors)
        {
            var span = error.Location.SourceSpan;
            if (Guards.Where(g => g.Span.Contains(span)).MinBy(g => g.Span.Length) is { } innermost)
            {
                numbers.Add(innermost.Number);
            }
        }

        return numbers;
    }
}

/// <summary>A lambda or member whose expression body was turned into a guarded block.</summary>
/// <param name="Number">Its number, counted in source order.</param>
/// <param name="Span">Its span in the rewritten source.</param>
internal sealed record GuardedBody(int Number, TextSpan Span);
