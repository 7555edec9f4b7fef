using System.Globalization;
using System.Net;
using System.Text;

namespace Course.Checks.Rendering;

/// <summary>
/// Renders checks as self-contained HTML cards (inline styles, no scripts, no web fonts),
/// readable offline and in a static site. A quiz's answer and its explanation sit in a <c>&lt;details&gt;</c>
/// element, so the card under a question shows the verdict and the learner's own mistake but not the answer
/// until the learner clicks.
/// </summary>
public static class CheckHtml
{
    private const string Card = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;border-radius:8px;padding:12px 16px;margin:6px 0;max-width:860px;line-height:1.45;";

    /// <summary>The ✓/✗ card for <paramref name="result"/>.</summary>
    /// <param name="result">The result to render.</param>
    public static string ToHtml(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (mark, verdict, border, background, ink) = result switch
        {
            { Correct: true } => ("✓", "Correct", "#1a7f37", "#eaf6ec", "#0f5323"),
            { Unanswered: true } => ("…", "Not answered yet", "#8c6d1f", "#fdf6e3", "#5c4813"),
            { Score: > 0 } => ("◐", "Partly correct", "#9a6700", "#fff8e5", "#6b4700"),
            _ => ("✗", "Not yet", "#cf222e", "#fdecee", "#82071e"),
        };
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"course-check\" data-question-id=\"{Encode(result.QuestionId)}\" data-correct=\"{(result.Correct ? "true" : "false")}\" style=\"{Card}border:2px solid {border};background:{background};color:#1f2328;\">");
        html.Append(CultureInfo.InvariantCulture, $"<div style=\"display:flex;align-items:baseline;gap:10px;\"><span style=\"font-size:1.6em;font-weight:700;color:{ink};\" aria-hidden=\"true\">{mark}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<strong style=\"color:{ink};\">{verdict}</strong>");
        html.Append(CultureInfo.InvariantCulture, $"<span style=\"margin-left:auto;color:#57606a;font-size:0.9em;\">{Encode(result.QuestionId)} · {FormatScore(result.Score)} / {FormatScore(result.MaxScore)} point{(result.MaxScore == 1 ? string.Empty : "s")}</span></div>");
        if (result.Prompt is { } prompt)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:6px;color:#57606a;\">{Encode(prompt)}</div>");
        }

        var (shown, reveal) = Split(result);
        if (shown.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:8px;\">{Encode(shown)}</div>");
        }

        if (reveal is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details class=\"course-reveal\" style=\"margin-top:8px;\"><summary style=\"cursor:pointer;color:{ink};font-weight:600;\">{RevealSummary}</summary><div style=\"margin-top:6px;\">{Encode(reveal)}</div></details>");
        }
        if (result.Misconception is { } misconception)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:8px;padding:6px 10px;border-left:4px solid {border};background:#ffffff;\"><strong>Likely mistake: {Encode(misconception.Title)}.</strong> {Encode(misconception.Explanation)}</div>");
        }

        if (result.Details.Count > 0)
        {
            html.Append("<ul style=\"margin:8px 0 0 0;padding-left:20px;font-size:0.92em;\">");
            foreach (var line in result.Details)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li style=\"white-space:pre-wrap;font-family:ui-monospace,'Cascadia Code',Menlo,monospace;\">{Encode(line)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>The card showing a question and its options, without the key.</summary>
    /// <param name="view">The question to render.</param>
    public static string ToHtml(Quizzes.QuestionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"course-question\" data-question-id=\"{Encode(view.Id)}\" style=\"{Card}border:2px solid #0969da;background:#f0f6ff;color:#1f2328;\">");
        html.Append(CultureInfo.InvariantCulture, $"<div style=\"color:#57606a;font-size:0.9em;\">Question {Encode(view.Id)} · {FormatScore(view.Points)} point{(view.Points == 1 ? string.Empty : "s")}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:4px;font-weight:600;\">{Encode(view.Prompt)}</div>");
        if (view.Options.Count > 0)
        {
            html.Append("<ul style=\"list-style:none;padding-left:4px;margin:8px 0 0 0;\">");
            foreach (var option in view.Options)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li style=\"margin:3px 0;\"><strong>({option.Key})</strong> {Encode(option.Value)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:8px;color:#57606a;font-size:0.9em;\">{Encode(view.HowToAnswer)}</div></div>");
        return html.ToString();
    }

    /// <summary>The text of the click that shows a quiz's answer and why.</summary>
    public const string RevealSummary = "Show the answer and why";

    /// <summary>The feedback shown at once, and the part that gives the answer away (shown after a click), if any.</summary>
    private static (string Shown, string? Reveal) Split(CheckResult result) =>
        result.Reveal is { Length: > 0 } reveal && result.Feedback.EndsWith(reveal, StringComparison.Ordinal)
            ? (result.Feedback[..^reveal.Length].TrimEnd(), reveal)
            : (result.Feedback, null);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string FormatScore(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
