using System.Globalization;
using System.Net;
using System.Text;
using Course.Checks.Sessions;

namespace Course.Checks.Rendering;

/// <summary>Renders a <see cref="ProgressCard"/> as a self-contained HTML card (inline styles, no scripts) and as plain text.</summary>
public static class ProgressHtml
{
    /// <summary>The card: a heading with the counts, then a table of the lesson's checks.</summary>
    /// <param name="card">The card to render.</param>
    public static string ToHtml(ProgressCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"course-progress\" data-lesson=\"{Encode(card.Lesson)}\" style=\"font-family:system-ui,-apple-system,'Segoe UI',sans-serif;border-radius:8px;padding:12px 16px;margin:6px 0;max-width:860px;line-height:1.45;border:2px solid #6639ba;background:#fbf8ff;color:#1f2328;\">");
        html.Append(CultureInfo.InvariantCulture, $"<div><strong>Your progress in lesson {Encode(card.Lesson)}, this session</strong></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div style=\"margin-top:4px;color:#57606a;\">{Encode(card.Summary)}</div>");
        if (card.Rows.Count == 0)
        {
            html.Append("<div style=\"margin-top:8px;\">This lesson has no checks.</div></div>");
            return html.ToString();
        }

        html.Append("<table style=\"margin-top:8px;border-collapse:collapse;font-size:0.92em;\"><thead><tr>");
        foreach (var heading in new[] { "check", "kind", "standing", "points", "mistake named" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" style=\"text-align:left;padding:3px 12px 3px 0;border-bottom:1px solid #d0d7de;\">{heading}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in card.Rows)
        {
            var (mark, word, ink) = Look(row.Standing);
            html.Append(CultureInfo.InvariantCulture, $"<tr data-check-id=\"{Encode(row.Id)}\" data-standing=\"{Name(row.Standing)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding:3px 12px 3px 0;font-family:ui-monospace,'Cascadia Code',Menlo,monospace;\">{Encode(row.Id)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding:3px 12px 3px 0;\">{(row.IsExercise ? "exercise" : "question")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding:3px 12px 3px 0;color:{ink};font-weight:600;\"><span aria-hidden=\"true\">{mark}</span> {word}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding:3px 12px 3px 0;\">{Points(row)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding:3px 0;\">{Encode(row.Mistake ?? string.Empty)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        return html.ToString();
    }

    /// <summary>The card as text: the heading, the counts and one line per check.</summary>
    /// <param name="card">The card to render.</param>
    public static string PlainText(ProgressCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var lines = new List<string> { $"Your progress in lesson {card.Lesson}, this session: {card.Summary}" };
        lines.AddRange(card.Rows.Select(r =>
            $"  {Look(r.Standing).Mark} {r.Id} ({(r.IsExercise ? "exercise" : "question")}): {Name(r.Standing)}, {Points(r)}{(r.Mistake is null ? string.Empty : $" — {r.Mistake}")}"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The standing as written on the card: <c>passed</c>, <c>failed</c> or <c>not tried</c>.</summary>
    /// <param name="standing">The standing.</param>
    public static string Name(CheckStanding standing) => standing switch
    {
        CheckStanding.Passed => "passed",
        CheckStanding.Failed => "failed",
        _ => "not tried",
    };

    private static (string Mark, string Word, string Ink) Look(CheckStanding standing) => standing switch
    {
        CheckStanding.Passed => ("✓", "passed", "#0f5323"),
        CheckStanding.Failed => ("✗", "failed", "#82071e"),
        _ => ("…", "not tried", "#5c4813"),
    };

    private static string Points(ProgressRow row) =>
        row.MaxScore is { } max
            ? $"{row.Score.ToString("0.##", CultureInfo.InvariantCulture)} / {max.ToString("0.##", CultureInfo.InvariantCulture)}"
            : row.Score.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
