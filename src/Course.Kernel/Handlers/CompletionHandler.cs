using System.Text.Json.Nodes;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>Handles <c>complete_request</c> and <c>is_complete_request</c> with the engine's code analysis.</summary>
public static class CompletionHandler
{
    /// <summary>
    /// The content of a <c>complete_reply</c> for a <c>complete_request</c>'s content. Each match is also
    /// listed with its kind in <c>metadata._jupyter_types_experimental</c>, which JupyterLab and VS Code
    /// use to give methods, classes, namespaces and variables their own icons.
    /// </summary>
    /// <param name="request">The request content: <c>code</c> and <c>cursor_pos</c> (in code points).</param>
    /// <param name="session">The engine session, whose state the completions see.</param>
    public static JsonObject Complete(JsonObject request, ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        var cursor = request["cursor_pos"]?.GetValue<int>() ?? code.Length;
        var completions = session.Complete(code, CodePoints.ToUtf16Index(code, cursor));
        var start = CodePoints.ToCodePointIndex(code, completions.Start);
        var end = CodePoints.ToCodePointIndex(code, completions.End);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. completions.Items.Select(item => JsonValue.Create(item.Text))]),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray([.. completions.Items.Select(item => new JsonObject
                {
                    ["text"] = item.Text,
                    ["type"] = item.Kind,
                    ["start"] = start,
                    ["end"] = end,
                })]),
            },
        };
    }

    /// <summary>
    /// The content of an <c>is_complete_reply</c>: <c>complete</c>, <c>incomplete</c> with the next line's
    /// indent, or <c>invalid</c> when the parser finds an error no further line can fix.
    /// </summary>
    /// <param name="request">The request content: <c>code</c>.</param>
    /// <param name="session">The engine session.</param>
    public static JsonObject IsComplete(JsonObject request, ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        var check = session.CheckSubmission(code);
        return check.Status switch
        {
            SubmissionStatus.Complete => new JsonObject { ["status"] = "complete" },
            SubmissionStatus.Incomplete => new JsonObject { ["status"] = "incomplete", ["indent"] = check.Indent },
            _ => new JsonObject { ["status"] = "invalid" },
        };
    }
}
