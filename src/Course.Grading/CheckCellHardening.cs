using System.Text.RegularExpressions;

namespace Course.Grading;

/// <summary>
/// Makes a grader-owned check cell immune to names the learner's code defines: calls to <c>Quiz.Ask</c> and
/// <c>Exercise.Check</c> are written with their full names (<c>global::Course.Checks.…</c>), so a class called
/// <c>Exercise</c> in a solution cell cannot stand in for the real checker; and a cell that is a single check
/// call has its value passed through <c>CheckFormatting.Reregistered</c>, so the result is written by the
/// course's own formatters.
/// </summary>
public static partial class CheckCellHardening
{
    /// <summary>The hardened source of a check or answer cell.</summary>
    /// <param name="source">The grader's cell source.</param>
    public static string Harden(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var qualified = CheckCall().Replace(source, m => $"global::Course.Checks.{m.Groups["call"].Value}(");
        var code = qualified.Trim();
        var single = code.StartsWith("global::Course.Checks.", StringComparison.Ordinal)
            && CheckCall().Matches(source).Count == 1
            && !code.EndsWith(';')
            && !code.Contains('\n', StringComparison.Ordinal);
        return single ? $"global::Course.Checks.Rendering.CheckFormatting.Reregistered({code})" : qualified;
    }

    [GeneratedRegex(@"(?<![\w.:])(?<call>Quiz\.Ask|Exercise\.Check)\s*\(")]
    private static partial Regex CheckCall();
}
