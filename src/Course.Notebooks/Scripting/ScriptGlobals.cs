using Course.Notebooks.Execution;
using Microsoft.AspNetCore.Html;

namespace Course.Notebooks.Scripting;

/// <summary>
/// The members every cell can call without qualification, as in the C# notebooks learners know:
/// <c>display(x)</c> and <c>HTML("…")</c>.
/// </summary>
public sealed class ScriptGlobals
{
    private readonly ScriptSession session;

    internal ScriptGlobals(ScriptSession session) => this.session = session;

    /// <summary>Shows a value now, formatted for its preferred MIME types (or exactly <paramref name="mimeTypes"/>).</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">Optional MIME types to format the value in.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the shown value.</returns>
#pragma warning disable IDE1006 // The lower-case name is the notebook convention learners know.
    public DisplayedValue display(object? value, params string[] mimeTypes) => session.Display(value, mimeTypes);

    /// <summary>Marks a string as HTML so it is shown rendered, not as text.</summary>
    /// <param name="content">The HTML.</param>
    /// <returns>HTML content; shown when it is a cell's last expression or passed to <c>display</c>.</returns>
    public IHtmlContent HTML(string content) => new HtmlString(content);
#pragma warning restore IDE1006
}
