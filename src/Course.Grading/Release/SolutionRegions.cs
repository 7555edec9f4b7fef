using System.Text;
using System.Text.RegularExpressions;

namespace Course.Grading.Release;

/// <summary>
/// Finds and removes the solution regions of one cell. Two forms:
/// <list type="bullet">
/// <item>Line markers: a line <c>// BEGIN SOLUTION</c> (optionally followed by a hint for the learner) and a line
/// <c>// END SOLUTION</c>. The lines from BEGIN to END become one line,
/// <c>throw new NotImplementedException("hint");</c>, at the BEGIN line's indentation.</item>
/// <item>Inline markers on one line: <c>/* BEGIN SOLUTION */ "b" /* END SOLUTION */</c>, for a quiz answer.
/// The region becomes <c>""</c>, an empty answer that the checks grade as "not answered yet".</item>
/// </list>
/// Markers must be balanced and must not nest; otherwise the cell is refused.
/// </summary>
public static partial class SolutionRegions
{
    /// <summary>The hint a stub carries when the BEGIN line gives none.</summary>
    public const string DefaultHint = "Write your solution here, then run the check below.";

    /// <summary>What an inline region becomes in the student version.</summary>
    public const string EmptyAnswer = "\"\"";

    /// <summary>Whether <paramref name="source"/> contains any solution marker.</summary>
    /// <param name="source">A cell's source.</param>
    public static bool HasMarkers(string source) =>
        source.Contains("BEGIN SOLUTION", StringComparison.Ordinal) || source.Contains("END SOLUTION", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="source"/> has an inline (quiz answer) region.</summary>
    /// <param name="source">A cell's source.</param>
    public static bool HasInlineRegion(string source) => InlineRegion().IsMatch(source);

    /// <summary>
    /// The text before and after the first inline region, so a grader can put a learner's answer back
    /// between them; <see langword="null"/> when the cell has no inline region.
    /// </summary>
    /// <param name="source">An instructor cell's source.</param>
    public static (string Before, string After)? AroundInlineRegion(string source)
    {
        var match = InlineRegion().Match(source);
        return match.Success ? (source[..match.Index], source[(match.Index + match.Length)..]) : null;
    }

    /// <summary>Replaces every solution region of <paramref name="source"/> with its stub.</summary>
    /// <param name="source">An instructor cell's source.</param>
    /// <returns>The student source and the number of regions replaced.</returns>
    /// <exception cref="FormatException">A marker is unbalanced or nested; the message names the line.</exception>
    public static (string Source, int Regions) Strip(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var regions = 0;
        var withoutInline = InlineRegion().Replace(source, _ =>
        {
            regions++;
            return EmptyAnswer;
        });
        var lines = withoutInline.Split('\n');
        var output = new StringBuilder();
        int? openedAt = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var begin = BeginLine().Match(trimmed);
            var end = EndLine().IsMatch(trimmed);
            if (!begin.Success && !end && HasMarkers(line))
            {
                throw new FormatException($"line {i + 1}: a solution marker must be alone on its line (\"// BEGIN SOLUTION\" or \"// END SOLUTION\") or inline on one line (\"/* BEGIN SOLUTION */ … /* END SOLUTION */\").");
            }

            if (begin.Success)
            {
                if (openedAt is { } open)
                {
                    throw new FormatException($"line {i + 1}: BEGIN SOLUTION inside the region opened on line {open + 1}; regions cannot nest.");
                }

                openedAt = i;
                var hint = begin.Groups["hint"].Value.Trim().TrimStart(':', '-', '—').Trim();
                var indent = line[..(line.Length - line.TrimStart().Length)];
                output.Append(indent).Append("throw new NotImplementedException(").Append(Literal(hint.Length == 0 ? DefaultHint : hint)).Append(");");
                output.Append(line.EndsWith('\r') ? "\r\n" : "\n");
                regions++;
                continue;
            }

            if (end)
            {
                if (openedAt is null)
                {
                    throw new FormatException($"line {i + 1}: END SOLUTION without a BEGIN SOLUTION before it.");
                }

                openedAt = null;
                continue;
            }

            if (openedAt is null)
            {
                output.Append(line);
                if (i < lines.Length - 1)
                {
                    output.Append('\n');
                }
            }
        }

        if (openedAt is { } unclosed)
        {
            throw new FormatException($"line {unclosed + 1}: BEGIN SOLUTION is never closed by an END SOLUTION.");
        }

        var text = output.ToString();
        return (text.EndsWith('\n') && !withoutInline.EndsWith('\n') ? text[..^1] : text, regions);
    }

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"/\*\s*BEGIN SOLUTION\s*\*/.*?/\*\s*END SOLUTION\s*\*/")]
    private static partial Regex InlineRegion();

    [GeneratedRegex(@"^//\s*BEGIN SOLUTION\b(?<hint>.*)$")]
    private static partial Regex BeginLine();

    [GeneratedRegex(@"^//\s*END SOLUTION\s*$")]
    private static partial Regex EndLine();
}
