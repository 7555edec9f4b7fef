using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Site;

/// <summary>Renders nbformat outputs as HTML, choosing for each the richest representation a page can show.</summary>
internal static partial class OutputHtml
{
    /// <summary>The attribute the Course library's chart HTML carries (<c>ChartFormatter.ChartAttribute</c>).</summary>
    private const string ChartAttribute = "data-course-chart";

    public static string Render(JsonObject output)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                var name = output["name"]?.GetValue<string>() ?? "stdout";
                return $"<div class=\"output stream {name}\"><pre>{Encode(NotebookJson.Join(output["text"]))}</pre></div>";
            case "error":
                var traceback = output["traceback"] is JsonArray lines
                    ? string.Join('\n', lines.Select(l => l?.GetValue<string>() ?? string.Empty))
                    : string.Empty;
                var heading = $"{output["ename"]?.GetValue<string>()}: {output["evalue"]?.GetValue<string>()}";
                return $"<div class=\"output error\"><pre>{Encode(heading)}\n{Encode(Ansi().Replace(traceback, string.Empty))}</pre></div>";
            case "display_data" or "execute_result":
                return output["data"] is JsonObject data ? Wrap(data) : string.Empty;
            default:
                return string.Empty;
        }
    }

    /// <summary>An output in its <c>div</c>; a chart as a figure whose caption is its text alternative.</summary>
    private static string Wrap(JsonObject data)
    {
        var html = RenderData(data);
        if (!html.Contains(ChartAttribute, StringComparison.Ordinal))
        {
            return $"<div class=\"output\">{html}</div>";
        }

        return $"<figure class=\"output chart\">{html}\n<figcaption>{ChartCaption.Of(data)}</figcaption></figure>";
    }

    private static string RenderData(JsonObject data)
    {
        if (data["text/html"] is { } html)
        {
            return NotebookJson.Join(html);
        }

        if (data["image/svg+xml"] is { } svg)
        {
            return NotebookJson.Join(svg);
        }

        foreach (var image in new[] { "image/png", "image/jpeg" })
        {
            if (data[image] is { } base64)
            {
                return $"<img src=\"data:{image};base64,{NotebookJson.Join(base64).Replace("\n", string.Empty, StringComparison.Ordinal)}\" alt=\"\">";
            }
        }

        if (data["text/markdown"] is { } markdown)
        {
            return Markdown.ToHtml(NotebookJson.Join(markdown));
        }

        if (data["text/plain"] is { } text)
        {
            return $"<pre>{Encode(NotebookJson.Join(text))}</pre>";
        }

        var builder = new StringBuilder();
        foreach (var (mime, value) in data)
        {
            builder.Append("<pre>").Append(Encode($"{mime}: {value?.ToJsonString()}")).Append("</pre>");
        }

        return builder.ToString();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();
}
