using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>Handles <c>is_complete_request</c> with the engine's parser.</summary>
public static class CompletionHandler
{
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
