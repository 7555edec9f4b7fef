using System.Text.Json.Nodes;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Running;

/// <summary>
/// Makes an executed notebook draw its charts with no internet: puts plotly.js, once, in front of
/// the first chart output (an HTML output whose markup carries <see cref="ChartMarker"/>). Later charts
/// wait for it. Notebooks without charts are left as they are.
/// </summary>
public static class ChartScriptInjector
{
    /// <summary>The attribute chart HTML carries (the Course library's <c>ChartFormatter.ChartAttribute</c>).</summary>
    public const string ChartMarker = "data-course-chart";

    /// <summary>Returns a copy of the notebook with plotly.js in its first chart output.</summary>
    /// <param name="notebook">The executed notebook; it is not changed.</param>
    /// <param name="plotlyScript">The plotly.js source.</param>
    /// <returns>The copy, and whether it has a chart.</returns>
    public static (Notebook Notebook, bool HasChart) InjectOnce(Notebook notebook, string plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(plotlyScript);
        var copy = Notebook.Parse(notebook.ToJson());
        foreach (var cell in copy.Cells.Where(c => c.IsCode))
        {
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                if (output["data"] is JsonObject data && data["text/html"] is { } html)
                {
                    var text = NotebookJson.Join(html);
                    if (text.Contains(ChartMarker, StringComparison.Ordinal))
                    {
                        data["text/html"] = NotebookJson.Lines($"<script type=\"text/javascript\">\n{plotlyScript}\n</script>\n{text}");
                        return (copy, true);
                    }
                }
            }
        }

        return (copy, false);
    }
}
