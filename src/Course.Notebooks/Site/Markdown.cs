using Markdig;

namespace Course.Notebooks.Site;

/// <summary>
/// Markdown to HTML with Markdig: tables, task lists, and math (Markdig's mathematics extension plus
/// <see cref="DisplayMathExtension"/>) kept as LaTeX in <c>span.math</c> (inline, <c>\( … \)</c>) and
/// <c>div.math</c> (display, <c>\[ … \]</c>) for KaTeX to draw.
/// </summary>
internal static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.Add(new DisplayMathExtension());
        return builder.Build();
    }
}
