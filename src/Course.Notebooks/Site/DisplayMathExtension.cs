using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace Course.Notebooks.Site;

/// <summary>
/// Adds <see cref="SingleLineMathBlockParser"/> in front of Markdig's math block parser, so every
/// <c>$$ … $$</c> display, on one line or several, becomes a <c>div.math</c> that KaTeX draws in display mode.
/// Register after <c>UseMathematics</c> (or <c>UseAdvancedExtensions</c>).
/// </summary>
internal sealed class DisplayMathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<SingleLineMathBlockParser>()
            && !pipeline.BlockParsers.InsertBefore<MathBlockParser>(new SingleLineMathBlockParser()))
        {
            throw new InvalidOperationException("Markdig's mathematics extension must be added before the display-math extension.");
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
