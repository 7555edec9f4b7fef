using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Course.Notebooks.Execution;

/// <summary>Reads the <c>&lt;summary&gt;</c> of an XML documentation comment as plain text.</summary>
internal static partial class DocumentationSummary
{
    /// <summary>
    /// The summary's text with references shown by name (<c>&lt;see cref="T:System.Math"/&gt;</c> reads
    /// <c>Math</c>, <c>&lt;paramref name="x"/&gt;</c> reads <c>x</c>) and whitespace collapsed;
    /// <see langword="null"/> when there is no summary.
    /// </summary>
    /// <param name="xml">A <c>&lt;member&gt;</c> element as Roslyn returns it, or empty.</param>
    public static string? FromXml(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        XElement member;
        try
        {
            member = XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }

        if (member.Element("summary") is not { } summary)
        {
            return null;
        }

        var text = new StringBuilder();
        Append(summary, text);
        var collapsed = Whitespace().Replace(text.ToString(), " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText literal:
                    text.Append(literal.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } reference:
                    text.Append(reference.Attribute("langword")?.Value
                        ?? ShortName(reference.Attribute("cref")?.Value ?? reference.Attribute("href")?.Value)
                        ?? reference.Value);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } parameter:
                    text.Append(parameter.Attribute("name")?.Value);
                    break;
                case XElement { Name.LocalName: "para" or "br" } paragraph:
                    text.Append(' ');
                    Append(paragraph, text);
                    text.Append(' ');
                    break;
                case XElement other:
                    Append(other, text);
                    break;
            }
        }
    }

    /// <summary><c>M:System.Math.Sqrt(System.Double)</c> → <c>Math.Sqrt</c>.</summary>
    private static string? ShortName(string? cref)
    {
        if (string.IsNullOrEmpty(cref))
        {
            return null;
        }

        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            name = name[..parameters];
        }

        name = Arity().Replace(name, string.Empty);
        var parts = name.Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"`+\d+")]
    private static partial Regex Arity();
}
