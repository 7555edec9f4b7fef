using System.Globalization;
using System.Reflection;
using Course.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Course.Grading;

/// <summary>
/// Reads a learner's quiz answer on the trusted side, from the source of their answer cell, without running any of
/// it: the cell must be one <c>Quiz.Ask(id, …)</c> call whose arguments are plain values. C# itself (Roslyn's binder)
/// picks the overload — named arguments, <c>params</c>, literal forms such as <c>1e-3</c>, <c>1_000</c>,
/// <c>@"b"</c>, casts and constant folding — so the grader hears exactly the value the notebook's call would pass;
/// <see cref="PlainValue"/> folds what is left (<c>Math.*</c> calls and arithmetic on them). Input is bounded before
/// it is parsed (<see cref="MaxCellLength"/>) and its nesting before it is bound (<see cref="MaxDepth"/>), so no
/// answer can exhaust the grader's stack or memory.
/// </summary>
public static class QuizAnswerReader
{
    /// <summary>The longest answer cell read, in characters (an honest answer is a few dozen).</summary>
    public const int MaxCellLength = 4096;

    /// <summary>The deepest syntax nesting read (an honest answer is a few levels deep).</summary>
    public const int MaxDepth = 32;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Quiz).Assembly.Location),
    ]);

    /// <summary>Reads the answer to <paramref name="questionId"/> from the learner's answer cell.</summary>
    /// <param name="questionId">The question the grader's copy of the cell asks.</param>
    /// <param name="studentSource">The learner's cell source, or <see langword="null"/> when the cell is missing.</param>
    /// <returns>The overload and values to judge, or why the answer was not read.</returns>
    public static QuizAnswerReading Read(string questionId, string? studentSource)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        if (studentSource is null)
        {
            return QuizAnswerReading.Refused(questionId, "The answer cell is missing from the submission.");
        }

        var source = studentSource.TrimStart('\uFEFF');
        if (source.Length > MaxCellLength)
        {
            return QuizAnswerReading.Refused(questionId, string.Create(CultureInfo.InvariantCulture,
                $"The answer cell is {source.Length:N0} characters long; the grader reads answer cells of at most {MaxCellLength:N0} characters."));
        }

        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var root = tree.GetCompilationUnitRoot();
        if (Depth(root) > MaxDepth)
        {
            return QuizAnswerReading.Refused(questionId, $"The answer is nested more than {MaxDepth} levels deep; write it as a plain value.");
        }

        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } syntaxError)
        {
            return QuizAnswerReading.Refused(questionId, $"The answer cell does not parse: {syntaxError.GetMessage(CultureInfo.InvariantCulture)}");
        }

        if (root.Members is not [GlobalStatementSyntax { Statement: ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } }]
            || root.AttributeLists.Count > 0 || root.Externs.Count > 0)
        {
            return QuizAnswerReading.Refused(questionId, $"The answer cell should hold only the call Quiz.Ask(\"{questionId}\", your answer).");
        }

        var compilation = CSharpCompilation.CreateScriptCompilation(
            "answer",
            tree,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: [.. Course.Notebooks.Execution.ScriptSession.DefaultImports.Where(n => n.StartsWith("System", StringComparison.Ordinal)), typeof(Quiz).Namespace!]));
        if (compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } compileError)
        {
            return QuizAnswerReading.Refused(questionId, $"The answer cell does not compile: {compileError.GetMessage(CultureInfo.InvariantCulture)}");
        }

        if (compilation.GetSemanticModel(tree).GetOperation(call) is not IInvocationOperation invocation
            || invocation.TargetMethod.Name != nameof(Quiz.Ask)
            || invocation.TargetMethod.ContainingType.ToDisplayString() != typeof(Quiz).FullName
            || invocation.TargetMethod.ContainingAssembly.Name != typeof(Quiz).Assembly.GetName().Name)
        {
            return QuizAnswerReading.Refused(questionId, $"The answer cell should call Quiz.Ask(\"{questionId}\", your answer).");
        }

        return Bind(questionId, invocation);
    }

    private static QuizAnswerReading Bind(string questionId, IInvocationOperation invocation)
    {
        var parameters = invocation.TargetMethod.Parameters;
        var types = parameters.Select(p => PlainValue.ClrType(p.Type)).ToArray();
        var overload = types.All(t => t is not null)
            ? typeof(Quiz).GetMethod(nameof(Quiz.Ask), BindingFlags.Public | BindingFlags.Static, [.. types!])
            : null;
        if (overload is null)
        {
            return QuizAnswerReading.Refused(questionId, $"The grader cannot read answers given as {string.Join(", ", parameters.Skip(1).Select(p => p.Type.ToDisplayString()))}.");
        }

        var values = new object?[parameters.Length];
        foreach (var argument in invocation.Arguments)
        {
            try
            {
                values[argument.Parameter!.Ordinal] = PlainValue.Evaluate(argument.Value);
            }
            catch (PlainValueException e)
            {
                return QuizAnswerReading.Refused(questionId, e.Message);
            }
        }

        if (values[0] is not string id || !string.Equals(id.Trim(), questionId, StringComparison.Ordinal))
        {
            return QuizAnswerReading.Refused(questionId, $"This cell asks question {questionId}, but the call names {(values[0] is string s ? $"\"{Shorten(s)}\"" : "no question")}.");
        }

        return new QuizAnswerReading(questionId, overload, values, null);
    }

    /// <summary>The deepest nesting of <paramref name="root"/>'s syntax tree, found without recursion.</summary>
    private static int Depth(SyntaxNode root)
    {
        var deepest = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            if (deepest > MaxDepth)
            {
                break;
            }

            foreach (var child in item.Node.ChildNodes())
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
