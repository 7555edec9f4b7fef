using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>Handles <c>complete_request</c> and <c>is_complete_request</c> with the engine's code analysis.</summary>
public static class CompletionHandler
{
    /// <summary>The content of a <c>complete_reply</c> for a <c>complete_request</c>'s content.</summary>
    /// <param name="request">The request content: <c>code</c> and <c>cursor_pos</c> (in code points).</param>
    /// <param name="session">The engine session, whose state the completions see.</param>
    public static JsonObject Complete(JsonObject request, ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        var cursor = request["cursor_pos"]?.GetValue<int>() ?? code.Length;
        var completions = session.Complete(code, CodePoints.ToUtf16Index(code, cursor));
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. completions.Matches.Select(match => JsonValue.Create(match))]),
            ["cursor_start"] = CodePoints.ToCodePointIndex(code, completions.Start),
            ["cursor_end"] = CodePoints.ToCodePointIndex(code, completions.End),
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>The content of an <c>is_complete_reply</c> for an <c>is_complete_request</c>'s content.</summary>
    /// <param name="request">The request content: <c>code</c>.</param>
    /// <param name="session">The engine session.</param>
    public static JsonObject IsComplete(JsonObject request, ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        return session.IsComplete(code)
            ? new JsonObject { ["status"] = "complete" }
            : new JsonObject { ["status"] = "incomplete", ["indent"] = "    " };
    }
}
