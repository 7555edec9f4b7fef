using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>
/// Handles <c>inspect_request</c> (Shift+Tab in Jupyter, hover help): always replies, with the signature and
/// documentation summary of the symbol under the cursor as <c>text/plain</c> and <c>text/markdown</c>, or
/// <c>found: false</c> when there is none.
/// </summary>
public static class InspectHandler
{
    /// <summary>The content of an <c>inspect_reply</c> for an <c>inspect_request</c>'s content.</summary>
    /// <param name="request">The request content: <c>code</c> and <c>cursor_pos</c> (in code points).</param>
    /// <param name="session">The engine session, whose state the help sees.</param>
    public static JsonObject Inspect(JsonObject request, ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        var cursor = request["cursor_pos"]?.GetValue<int>() ?? code.Length;
        var help = session.Inspect(code, CodePoints.ToUtf16Index(code, cursor));
        var data = new JsonObject();
        if (help is not null)
        {
            data["text/plain"] = help.Summary is null ? help.Signature : $"{help.Signature}\n\n{help.Summary}";
            data["text/markdown"] = help.Summary is null
                ? $"```csharp\n{help.Signature}\n```"
                : $"```csharp\n{help.Signature}\n```\n\n{help.Summary}";
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = help is not null,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        };
    }
}
