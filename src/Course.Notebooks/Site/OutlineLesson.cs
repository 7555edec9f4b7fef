using System.Text.RegularExpressions;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Site;

/// <summary>One lesson as the index and the page navigation list it, read from its source notebook.</summary>
/// <param name="Slug">The notebook's file name without <c>.ipynb</c>, also the page's name without <c>.html</c>.</param>
/// <param name="Number">The lesson's number as the course writes it (<c>03</c> for <c>03-momentum</c>), or empty.</param>
/// <param name="Title">The first Markdown heading without its number prefix, else the slug.</param>
/// <param name="Summary">One line saying what the lesson is about.</param>
/// <param name="Minutes">An estimate of the time to work through it.</param>
public sealed partial record OutlineLesson(string Slug, string Number, string Title, string Summary, int Minutes)
{
    private const int ReadingWordsPerMinute = 200;
    private const double MinutesPerCodeCell = 1.0;
    private const int RoundTo = 5;

    /// <summary>The page's file name.</summary>
    public string PageName => Slug + ".html";

    /// <summary>The title with the lesson number in front, as a navigation link shows it.</summary>
    public string NumberedTitle => Number.Length > 0 ? $"{Number} · {Title}" : Title;

    /// <summary>
    /// Reads a lesson from its notebook: the number from the slug, the title from the first <c># </c> heading,
    /// the summary given (else the first sentence of the first paragraph), and minutes estimated from reading
    /// the Markdown at 200 words a minute plus a minute per code cell, rounded up to five.
    /// </summary>
    /// <param name="slug">The notebook's file name without extension.</param>
    /// <param name="notebook">The notebook.</param>
    /// <param name="summary">A summary from the course's manifest, if it has one for this lesson.</param>
    public static OutlineLesson From(string slug, Notebook notebook, string? summary)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var markdown = notebook.Cells.Where(c => c.CellType == "markdown").Select(c => c.Source).ToList();
        var heading = markdown.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
        var number = LeadingNumber().Match(slug) is { Success: true } m ? m.Groups[1].Value : string.Empty;
        var title = heading is null ? slug : NumberPrefix().Replace(heading, string.Empty);
        var words = markdown.Sum(s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var codeCells = notebook.Cells.Count(c => c.CellType == "code");
        var minutes = (int)Math.Ceiling(((double)words / ReadingWordsPerMinute + codeCells * MinutesPerCodeCell) / RoundTo) * RoundTo;
        return new OutlineLesson(slug, number, title, summary ?? FirstSentence(markdown) ?? string.Empty, Math.Max(minutes, RoundTo));
    }

    private static string? FirstSentence(IEnumerable<string> markdown)
    {
        var paragraph = markdown
            .SelectMany(s => s.Split("\n\n"))
            .Select(p => p.Trim())
            .FirstOrDefault(p => p.Length > 0 && !p.StartsWith('#') && !p.StartsWith('|') && !p.StartsWith('-'));
        if (paragraph is null)
        {
            return null;
        }

        var flat = MarkdownEmphasis().Replace(paragraph.ReplaceLineEndings(" "), string.Empty);
        var end = SentenceEnd().Match(flat);
        return end.Success ? flat[..(end.Index + 1)] : flat;
    }

    [GeneratedRegex(@"^(\d+)[-_ ]")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\d+\s*[—–:.-]\s*")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?!\s)|`")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();
}
