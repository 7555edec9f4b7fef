using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Notebooks.Site;

/// <summary>
/// Parses a line that is nothing but <c>$$ … $$</c> as a display-math block, the way Jupyter reads it.
/// Markdig's own math block needs <c>$$</c> on lines of their own, and its inline parser refuses
/// <c>$$ x $$</c> with spaces inside, so without this such a line would stay text and lose its backslashes.
/// </summary>
internal sealed class SingleLineMathBlockParser : BlockParser
{
    private const string Fence = "$$";

    public SingleLineMathBlockParser() => OpeningCharacters = ['$'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.ToString().TrimEnd();
        if (text.Length <= 2 * Fence.Length || !text.StartsWith(Fence, StringComparison.Ordinal) || !text.EndsWith(Fence, StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var latex = text[Fence.Length..^Fence.Length].Trim();
        if (latex.Length == 0 || latex.Contains(Fence, StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var block = new MathBlock(this)
        {
            FencedChar = '$',
            OpeningFencedCharCount = Fence.Length,
            ClosingFencedCharCount = Fence.Length,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        block.GetAttributes().AddClass("math");
        var content = new StringSlice(latex);
        block.AppendLine(ref content, processor.Column, processor.LineIndex, line.Start, trackTrivia: false);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
