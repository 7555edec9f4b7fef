using Course.Notebooks.Directives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Course.Notebooks.Execution;

/// <summary>Whether code typed so far can run, needs more lines, or can never be valid (Jupyter's <c>is_complete</c>).</summary>
public enum SubmissionStatus
{
    /// <summary>It parses: run it.</summary>
    Complete,

    /// <summary>It stops in the middle of something (an open brace, a verbatim string, an operator): wait for more lines.</summary>
    Incomplete,

    /// <summary>It has a syntax error that no further line can fix (an unterminated regular string, a stray <c>}</c>).</summary>
    Invalid,
}

/// <summary>The verdict on code typed so far, and the indent of the next line when it is incomplete.</summary>
/// <param name="Status">Complete, incomplete or invalid.</param>
/// <param name="Indent">Four spaces per brace left open, for the next line.</param>
public sealed record SubmissionCheck(SubmissionStatus Status, string Indent)
{
    // Errors that mean "the text ended inside this token", fixed by typing on.
    private static readonly HashSet<string> UnterminatedAtEnd = new(StringComparer.Ordinal)
    {
        "CS1035", // End-of-file found, '*/' expected
        "CS1039", // Unterminated string literal (verbatim)
        "CS8997", // Unterminated raw string literal
    };

    /// <summary>Reads the code the way the engine compiles a cell, directives included, and judges it from the parser's diagnostics.</summary>
    /// <param name="code">The code typed so far.</param>
    /// <param name="parseOptions">How cells are parsed.</param>
    public static SubmissionCheck Of(string code, CSharpParseOptions parseOptions)
    {
        ArgumentNullException.ThrowIfNull(code);
        ParsedCell parsed;
        try
        {
            parsed = DirectiveParser.Parse(code);
        }
        catch (FormatException)
        {
            return new SubmissionCheck(SubmissionStatus.Invalid, string.Empty);
        }

        var tree = CSharpSyntaxTree.ParseText(parsed.Code, parseOptions);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return new SubmissionCheck(SubmissionStatus.Complete, string.Empty);
        }

        var end = parsed.Code.TrimEnd().Length;
        var onlyUnfinished = !SyntaxFactory.IsCompleteSubmission(tree)
            && errors.All(e => e.Location.SourceSpan.Start >= end || UnterminatedAtEnd.Contains(e.Id));
        return onlyUnfinished
            ? new SubmissionCheck(SubmissionStatus.Incomplete, new string(' ', 4 * OpenBraces(tree)))
            : new SubmissionCheck(SubmissionStatus.Invalid, string.Empty);
    }

    private static int OpenBraces(SyntaxTree tree)
    {
        var depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens().Where(t => !t.IsMissing))
        {
            depth += token.Kind() switch
            {
                SyntaxKind.OpenBraceToken => 1,
                SyntaxKind.CloseBraceToken => -1,
                _ => 0,
            };
        }

        return Math.Max(depth, 0);
    }
}
