using System.Net;
using System.Text;

namespace Course.Display;

/// <summary>
/// A <see cref="TableData"/> as an HTML <c>table.course-table</c> (header row, numbers right-aligned with
/// tabular figures), or a scalar sequence as one rounded <c>[a, b, …]</c> line. Inline styles only, so it
/// reads the same in Jupyter, VS Code and the course site (which adds its own table style).
/// </summary>
internal static class TableHtml
{
    private const string TableStyle = "border-collapse:collapse;font-variant-numeric:tabular-nums;";
    private const string CellStyle = "padding:2px 10px;border-bottom:1px solid #d0d7de;";

    public static string Render(TableData table)
    {
        if (table.Rows.Count == 0)
        {
            return "<em class=\"course-table-empty\">(empty sequence)</em>";
        }

        if (table.IsList)
        {
            var items = table.Rows.Select(r => CellText.Of(r[0]));
            return $"<code class=\"course-list\">[{Encode(string.Join(", ", items))}{(table.MoreRows ? ", …" : string.Empty)}]</code>";
        }

        var html = new StringBuilder($"<table class=\"course-table\" style=\"{TableStyle}\">\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append($"<th scope=\"col\" style=\"{CellStyle}text-align:left;\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var align = NumberText.IsNumber(cell) ? "text-align:right;" : "text-align:left;";
                html.Append($"<td style=\"{CellStyle}{align}\">").Append(Encode(CellText.Of(cell))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        if (table.MoreRows)
        {
            html.Append($"\n<p class=\"course-table-more\">… more rows (showing the first {table.Rows.Count}; set DisplaySettings.MaxRows to see more)</p>");
        }

        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
