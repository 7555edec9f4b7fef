using System.Text.Json.Nodes;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>
/// Handles <c>execute_request</c>: counts executions, announces the input, runs the cell with its
/// outputs published on IOPub, and replies with the outcome.
/// </summary>
public sealed class ExecuteHandler
{
    private readonly KernelSockets sockets;
    private readonly MessageFactory messages;
    private readonly ChartScriptOnce charts;
    private readonly StdinChannel stdin;

    /// <summary>Creates the handler.</summary>
    /// <param name="sockets">Where replies and outputs go.</param>
    /// <param name="messages">Builds the messages.</param>
    /// <param name="charts">Adds plotly.js to the session's first chart.</param>
    /// <param name="stdin">Asks clients that allow it for input.</param>
    public ExecuteHandler(KernelSockets sockets, MessageFactory messages, ChartScriptOnce charts, StdinChannel stdin)
    {
        this.sockets = sockets;
        this.messages = messages;
        this.charts = charts;
        this.stdin = stdin;
    }

    /// <summary>How many cells have run with <c>store_history</c>; the next one gets this plus one.</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>
    /// Runs the request's code on <paramref name="session"/> and replies. Returns whether the queued
    /// execute requests behind it must be aborted (it failed and asked for <c>stop_on_error</c>).
    /// </summary>
    /// <param name="request">The <c>execute_request</c>.</param>
    /// <param name="session">The engine session holding the notebook's state.</param>
    /// <param name="cancellation">Signalled by an interrupt request.</param>
    public bool Handle(JupyterMessage request, ScriptSession session, CancellationToken cancellation)
    {
        var content = request.Content;
        var code = content["code"]?.GetValue<string>() ?? string.Empty;
        var silent = content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = !silent && (content["store_history"]?.GetValue<bool>() ?? true);
        var stopOnError = content["stop_on_error"]?.GetValue<bool>() ?? true;
        var allowStdin = content["allow_stdin"]?.GetValue<bool>() ?? false;

        if (storeHistory)
        {
            ExecutionCount++;
        }

        if (!silent)
        {
            sockets.Send(KernelChannel.Iopub, messages.Broadcast(request, "execute_input", new JsonObject
            {
                ["code"] = code,
                ["execution_count"] = ExecutionCount,
            }));
        }

        var outputs = new IopubOutputs(sockets, messages, request, ExecutionCount, silent, charts, allowStdin ? stdin : null, cancellation);
        var result = session.ExecuteAsync(code, outputs, cancellation).GetAwaiter().GetResult();
        var reply = result.Succeeded
            ? new JsonObject { ["status"] = "ok", ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() }
            : ErrorReply(result.Error);
        reply["execution_count"] = ExecutionCount;
        sockets.Send(KernelChannel.Shell, messages.Reply(request, "execute_reply", reply));
        return !result.Succeeded && stopOnError;
    }

    /// <summary>Replies to an execute request that was queued behind a failed cell and is not run.</summary>
    /// <param name="request">The skipped <c>execute_request</c>.</param>
    public void Abort(JupyterMessage request) =>
        sockets.Send(KernelChannel.Shell, messages.Reply(request, "execute_reply", new JsonObject
        {
            ["status"] = "aborted",
            ["execution_count"] = ExecutionCount,
        }));

    private static JsonObject ErrorReply(CellError? error)
    {
        var reply = IopubOutputs.ErrorContent(error ?? new CellError("Error", "the cell failed", []));
        reply["status"] = "error";
        return reply;
    }
}
