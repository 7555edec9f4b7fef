using Markdig;

namespace Course.Notebooks.Site;

/// <summary>Markdown to HTML with Markdig: tables, task lists, and <c>$…$</c>/<c>$$…$$</c> math left for KaTeX.</summary>
internal static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
