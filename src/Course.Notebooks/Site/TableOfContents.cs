using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Course.Notebooks.Site;

/// <summary>
/// The sections of a page: makes the heading ids of a page unique (Markdig gives each Markdown cell its
/// own ids, so two cells' "Check yourself" would clash) and lists the <c>h2</c> headings as links.
/// </summary>
internal static partial class TableOfContents
{
    /// <summary>Returns <paramref name="html"/> with unique heading ids, and its <c>h2</c> sections (id, the heading's HTML, math included).</summary>
    public static (string Html, IReadOnlyList<(string Id, string Html)> Sections) Build(string html)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var sections = new List<(string, string)>();
        var unique = Heading().Replace(html, match =>
        {
            var id = match.Groups["id"].Value;
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            var uniqueId = count == 1 ? id : $"{id}-{count}";
            if (match.Groups["level"].Value == "2")
            {
                sections.Add((uniqueId, match.Groups["text"].Value.Trim()));
            }

            return $"<h{match.Groups["level"].Value} id=\"{uniqueId}\">{match.Groups["text"].Value}</h{match.Groups["level"].Value}>";
        });
        return (unique, sections);
    }

    /// <summary>The sections as a <c>nav</c> list.</summary>
    public static string Nav(IReadOnlyList<(string Id, string Html)> sections)
    {
        if (sections.Count == 0)
        {
            return string.Empty;
        }

        var nav = new StringBuilder("<nav class=\"toc\" aria-label=\"On this page\">\n<p class=\"toc-title\">On this page</p>\n<ol>\n");
        foreach (var (id, text) in sections)
        {
            nav.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(id)).Append("\">").Append(text).Append("</a></li>\n");
        }

        return nav.Append("</ol>\n</nav>\n").ToString();
    }

    [GeneratedRegex("<h(?<level>[1-6]) id=\"(?<id>[^\"]*)\">(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
