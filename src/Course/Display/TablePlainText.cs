using System.Text;

namespace Course.Display;

/// <summary>A <see cref="TableData"/> as aligned text columns for consoles (numbers right-aligned), or a scalar sequence as <c>[a, b, …]</c>.</summary>
internal static class TablePlainText
{
    private const string Gap = "  ";

    public static string Render(TableData table)
    {
        if (table.Rows.Count == 0)
        {
            return "(empty sequence)";
        }

        if (table.IsList)
        {
            return "[" + string.Join(", ", table.Rows.Select(r => CellText.Of(r[0]))) + (table.MoreRows ? ", …" : string.Empty) + "]";
        }

        var cells = table.Rows.Select(row => row.Select(CellText.Of).ToArray()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, cells.Max(r => r[i].Length))).ToArray();
        var numeric = table.Columns.Select((_, i) => table.Rows.All(r => r[i] is null || NumberText.IsNumber(r[i]))).ToArray();
        var text = new StringBuilder();
        AppendLine(text, table.Columns, widths, numeric);
        text.AppendJoin(Gap, widths.Select(w => new string('-', w))).Append('\n');
        foreach (var row in cells)
        {
            AppendLine(text, row, widths, numeric);
        }

        if (table.MoreRows)
        {
            text.Append($"… more rows (showing the first {table.Rows.Count})\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells, int[] widths, bool[] numeric)
    {
        var line = cells.Select((cell, i) => numeric[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        text.AppendJoin(Gap, line).Append('\n');
        var end = text.Length - 1;
        while (end > 0 && text[end - 1] == ' ')
        {
            text.Remove(end - 1, 1);
            end--;
        }
    }
}
