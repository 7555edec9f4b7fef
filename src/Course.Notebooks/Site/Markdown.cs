using Markdig;
using Markdig.Renderers;

namespace Course.Notebooks.Site;

/// <summary>
/// Markdown to HTML with Markdig: tables, task lists, heading ids, and math (Markdig's mathematics extension
/// plus <see cref="DisplayMathExtension"/>) kept as LaTeX in <c>span.math</c> (inline, <c>\( … \)</c>) and
/// <c>div.math</c> (display, <c>\[ … \]</c>) for KaTeX to draw.
/// </summary>
internal static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>Renders <paramref name="markdown"/>, passing every link and image address through <paramref name="rewriteLink"/> if given.</summary>
    public static string ToHtml(string markdown, Func<string, string>? rewriteLink = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (rewriteLink is not null)
        {
            renderer.LinkRewriter = rewriteLink;
        }

        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.Add(new DisplayMathExtension());
        return builder.Build();
    }
}
