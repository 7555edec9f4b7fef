using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Course.Notebooks.Execution;

/// <summary>Builds the error outputs the engine writes, with line numbers relative to the cell.</summary>
internal static partial class ErrorReports
{
    /// <summary>The file name cells are compiled under; stack frames read <c>in cell:line 3</c>.</summary>
    public const string CellFileName = "cell";

    /// <summary>Compile errors, one traceback line each: <c>(3,5): error CS0103: …</c>, as the C# kernel showed them.</summary>
    public static CellError Compilation(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Describe)
            .ToList();
        return new CellError("CompilationError", lines.FirstOrDefault() ?? "The cell did not compile.", lines);
    }

    /// <summary>An exception the cell threw: its type, message, and the stack down to the cell's own frames.</summary>
    public static CellError Exception(Exception exception)
    {
        var traceback = new List<string>();
        foreach (var line in exception.ToString().Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.TrimStart().StartsWith("at " + typeof(CompiledSubmission).FullName, StringComparison.Ordinal))
            {
                break;
            }

            if (trimmed.StartsWith("--- End of stack trace", StringComparison.Ordinal))
            {
                continue;
            }

            var frame = CellFrame().Replace(trimmed, "in cell, line ${line}");
            frame = CellBody().Replace(frame, "<cell>");
            traceback.Add(Submission().Replace(frame, string.Empty));
        }

        return new CellError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback);
    }

    /// <summary>A cell stopped because it ran past the timeout.</summary>
    public static CellError Timeout(TimeSpan timeout)
    {
        var message = $"Cell timed out after {timeout.TotalSeconds:0.###} s";
        return new CellError("TimeoutError", message, [message + "; it was stopped."]);
    }

    /// <summary>A cell stopped by its caller (a kernel interrupt).</summary>
    public static CellError Interrupted() =>
        new("Interrupted", "The cell was interrupted.", ["The cell was interrupted before it finished."]);

    /// <summary>
    /// A cell asked to stop (interrupted, or past <paramref name="timeout"/>) that is still running in code
    /// with no cancellation check, such as a long <c>Thread.Sleep</c> or a loop inside a .NET library.
    /// </summary>
    /// <param name="timeout">The timeout it ran past, or <see langword="null"/> when it was interrupted.</param>
    public static CellError NotStopped(TimeSpan? timeout)
    {
        var asked = timeout is { } t ? $"timed out after {t.TotalSeconds:0.###} s" : "was interrupted";
        var message = $"The cell {asked} but could not be stopped: it is still running, in code the engine cannot interrupt.";
        return new CellError(
            timeout is null ? "InterruptFailed" : "TimeoutError",
            message,
            [message, "Its output from now on is discarded. Restart the kernel to stop it; earlier cells' state is kept until then."]);
    }

    /// <summary>A directive the engine could not carry out.</summary>
    public static CellError Directive(string message) => new("DirectiveError", message, [message]);

    private static string Describe(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({start.Line + 1},{start.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"in (?:.*[/\\])?cell:line (?<line>\d+)")]
    private static partial Regex CellFrame();

    [GeneratedRegex(@"Submission#\d+\.<<Initialize>>d__\d+\.MoveNext\(\)")]
    private static partial Regex CellBody();

    [GeneratedRegex(@"Submission#\d+\.")]
    private static partial Regex Submission();
}
