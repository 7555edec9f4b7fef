namespace Course.Notebooks.Execution;

/// <summary>Completion candidates that replace <c>code[Start..End]</c> (UTF-16 indexes into the cell).</summary>
/// <param name="Items">Candidates, sorted by name.</param>
/// <param name="Start">Start of the partial name the candidates replace.</param>
/// <param name="End">End of the partial name (the cursor).</param>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, int Start, int End)
{
    /// <summary>The candidates' names, sorted.</summary>
    public IReadOnlyList<string> Matches => [.. Items.Select(item => item.Text)];
}

/// <summary>One completion candidate.</summary>
/// <param name="Text">The name to insert.</param>
/// <param name="Kind">
/// What it names, in the words Jupyter front ends pick icons by (<c>_jupyter_types_experimental</c>):
/// <c>method</c>, <c>function</c>, <c>class</c>, <c>interface</c>, <c>enum</c>, <c>module</c> (a namespace),
/// <c>property</c>, <c>field</c>, <c>event</c>, <c>variable</c>, <c>param</c> or <c>keyword</c>.
/// </param>
public sealed record CompletionItem(string Text, string Kind);
