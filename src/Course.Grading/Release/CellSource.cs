using System.Text.Json.Nodes;
using Course.Notebooks.Ipynb;

namespace Course.Grading.Release;

/// <summary>Replaces a cell's source, written as nbformat's list of lines that each keep their line ending.</summary>
public static class CellSource
{
    /// <summary>Sets <paramref name="cell"/>'s source to <paramref name="text"/>.</summary>
    /// <param name="cell">The cell to change.</param>
    /// <param name="text">The new source.</param>
    public static void Set(NotebookCell cell, string text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(text);
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        cell.Json["source"] = lines;
    }
}
