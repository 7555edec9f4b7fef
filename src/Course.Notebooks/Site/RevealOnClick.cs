using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Course.Notebooks.Site;

/// <summary>
/// Keeps a lesson page from giving answers away: the solution regions of an instructor notebook's code cells
/// (between <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c> lines) and its quiz answers
/// (<c>/* BEGIN SOLUTION */ … /* END SOLUTION */</c> inline) are shown only behind a click, in a
/// <c>&lt;details&gt;</c> element, and the markers themselves never appear. A quiz answer's card (the cell's
/// output) goes behind the same click, so no answer stands beside its question.
/// </summary>
public static partial class RevealOnClick
{
    /// <summary>The HTML of a code cell's source, its solution regions and answers collapsed.</summary>
    /// <param name="source">The cell's source, as in the instructor notebook.</param>
    /// <param name="codeBlock">Turns plain code into the page's code block (escaping and highlighting it).</param>
    /// <returns>Code blocks and <c>&lt;details&gt;</c> elements; just <c>codeBlock(source)</c> when nothing is hidden.</returns>
    public static string Source(string source, Func<string, string> codeBlock)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(codeBlock);
        if (!HasMarkers(source))
        {
            return codeBlock(source);
        }

        if (IsAnswer(source))
        {
            return codeBlock(InlineRegion().Replace(source, "…"));
        }

        var html = new StringBuilder();
        var shown = new List<string>();
        List<string>? hidden = null;
        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.Trim();
            var begin = BeginLine().Match(trimmed);
            if (begin.Success && hidden is null)
            {
                var hint = begin.Groups["hint"].Value.Trim().TrimStart(':', '-', '—').Trim();
                shown.Add(line[..(line.Length - line.TrimStart().Length)] + "// " + (hint.Length == 0 ? "your code here" : hint));
                Flush(shown);
                hidden = [];
                continue;
            }

            if (EndLine().IsMatch(trimmed) && hidden is not null)
            {
                html.Append(Collapsed("Show the solution", codeBlock(Dedent(hidden))));
                hidden = null;
                continue;
            }

            (hidden ?? shown).Add(line.TrimEnd('\r'));
        }

        if (hidden is not null)
        {
            shown.AddRange(hidden);
        }

        Flush(shown);
        return html.ToString();

        void Flush(List<string> lines)
        {
            if (lines.Count > 0)
            {
                html.Append(codeBlock(string.Join('\n', lines)));
                lines.Clear();
            }
        }
    }

    /// <summary>
    /// The HTML of a code cell's outputs. For a quiz answer cell, whose card would give the answer away beside its
    /// question, the answer and the card go behind one click; other cells' outputs are returned as they are.
    /// </summary>
    /// <param name="source">The cell's source, as in the instructor notebook.</param>
    /// <param name="outputs">The cell's outputs, rendered.</param>
    /// <param name="codeBlock">Turns plain code into the page's code block.</param>
    public static string Outputs(string source, string outputs, Func<string, string> codeBlock)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(codeBlock);
        if (!IsAnswer(source))
        {
            return outputs;
        }

        var answers = InlineRegion().Matches(source).Select(m => m.Groups["answer"].Value.Trim());
        return Collapsed("Show the answer", codeBlock(string.Join('\n', answers)) + outputs);
    }

    /// <summary>A <c>&lt;details&gt;</c> element: <paramref name="summary"/> to click, <paramref name="html"/> shown after the click.</summary>
    /// <param name="summary">The text to click (plain text; escaped here).</param>
    /// <param name="html">The hidden content, as HTML.</param>
    public static string Collapsed(string summary, string html) =>
        $"<details class=\"reveal\"><summary>{WebUtility.HtmlEncode(summary)}</summary>\n{html}</details>\n";

    private static bool HasMarkers(string source) => source.Contains("BEGIN SOLUTION", StringComparison.Ordinal);

    private static bool IsAnswer(string source) => InlineRegion().IsMatch(source);

    private static string Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"/\*\s*BEGIN SOLUTION\s*\*/(?<answer>.*?)/\*\s*END SOLUTION\s*\*/")]
    private static partial Regex InlineRegion();

    [GeneratedRegex(@"^//\s*BEGIN SOLUTION\b(?<hint>.*)$")]
    private static partial Regex BeginLine();

    [GeneratedRegex(@"^//\s*END SOLUTION\s*$")]
    private static partial Regex EndLine();
}
