using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>
/// Handles shell requests strictly in the order they arrived, one at a time, on its own thread,
/// each between a <c>busy</c> and an <c>idle</c> status. The engine session is created on first use
/// and lives on this thread.
/// </summary>
public sealed class ShellWorker : IDisposable
{
    private readonly BlockingCollection<JupyterMessage> queue = [];
    private readonly KernelSockets sockets;
    private readonly MessageFactory messages;
    private readonly Func<ScriptSession> createSession;
    private readonly Action<JupyterMessage> shutdown;
    private readonly TextWriter log;
    private readonly ExecuteHandler execute;
    private readonly Lock gate = new();
    private readonly Thread thread;
    private CancellationTokenSource? running;
    private ScriptSession? session;

    /// <summary>Creates the worker and starts its thread.</summary>
    /// <param name="sockets">Where replies and broadcasts go.</param>
    /// <param name="messages">Builds the messages.</param>
    /// <param name="createSession">Creates the engine session (called once, on the worker thread).</param>
    /// <param name="plotlyScript">Supplies plotly.js, put in front of the session's first chart.</param>
    /// <param name="shutdown">Called with a <c>shutdown_request</c> that arrived on the shell channel.</param>
    /// <param name="log">Where handler failures are reported.</param>
    public ShellWorker(
        KernelSockets sockets,
        MessageFactory messages,
        Func<ScriptSession> createSession,
        Func<string> plotlyScript,
        Action<JupyterMessage> shutdown,
        TextWriter log)
    {
        this.sockets = sockets;
        this.messages = messages;
        this.createSession = createSession;
        this.shutdown = shutdown;
        this.log = log;
        Stdin = new StdinChannel(sockets, messages);
        execute = new ExecuteHandler(sockets, messages, new ChartScriptOnce(plotlyScript), Stdin);
        thread = new Thread(Loop) { Name = "kernel shell", IsBackground = true };
        thread.Start();
    }

    /// <summary>Where <c>input_reply</c> messages from the stdin channel go, for a cell waiting in <c>Console.ReadLine()</c>.</summary>
    public StdinChannel Stdin { get; }

    /// <summary>Queues a shell request; requests are handled in the order posted.</summary>
    /// <param name="request">The request.</param>
    public void Post(JupyterMessage request) => queue.Add(request);

    /// <summary>Interrupts the running cell, if any; the session keeps its state.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            running?.Cancel();
        }
    }

    /// <summary>Stops taking requests, interrupts the running cell and releases the session.</summary>
    public void Dispose()
    {
        queue.CompleteAdding();
        Interrupt();
        if (thread.Join(TimeSpan.FromSeconds(5)))
        {
            session?.Dispose();
        }

        queue.Dispose();
    }

    private ScriptSession Session => session ??= createSession();

    private void Loop()
    {
        foreach (var request in queue.GetConsumingEnumerable())
        {
            if (Handle(request))
            {
                AbortQueuedExecutions();
            }
        }
    }

    private bool Handle(JupyterMessage request, bool abort = false)
    {
        Status(request, "busy");
        var abortQueue = false;
        try
        {
            abortQueue = Dispatch(request, abort);
        }
        catch (Exception e)
        {
            log.WriteLine($"course kernel: {request.MessageType} failed: {e}");
        }

        Status(request, "idle");
        return abortQueue;
    }

    private bool Dispatch(JupyterMessage request, bool abort)
    {
        switch (request.MessageType)
        {
            case "execute_request" when abort:
                execute.Abort(request);
                return false;
            case "execute_request":
                return Execute(request);
            case "kernel_info_request":
                Reply(request, "kernel_info_reply", KernelInfo.ReplyContent());
                return false;
            case "complete_request":
                Reply(request, "complete_reply", CompletionHandler.Complete(request.Content, Session));
                return false;
            case "is_complete_request":
                Reply(request, "is_complete_reply", CompletionHandler.IsComplete(request.Content, Session));
                return false;
            case "inspect_request":
                Reply(request, "inspect_reply", InspectHandler.Inspect(request.Content, Session));
                return false;
            case "comm_open":
                // No comm targets exist here; closing the comm tells the front end so, as ipykernel does.
                sockets.Send(KernelChannel.Iopub, messages.Broadcast(request, "comm_close", new JsonObject
                {
                    ["comm_id"] = request.Content["comm_id"]?.GetValue<string>() ?? string.Empty,
                    ["data"] = new JsonObject(),
                }));
                return false;
            case "comm_msg" or "comm_close":
                return false;
            case "comm_info_request":
                Reply(request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                return false;
            case "history_request":
                Reply(request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                return false;
            case "shutdown_request":
                shutdown(request);
                return false;
            default:
                log.WriteLine($"course kernel: ignored unknown shell request {request.MessageType}");
                return false;
        }
    }

    private bool Execute(JupyterMessage request)
    {
        using var cancellation = new CancellationTokenSource();
        lock (gate)
        {
            running = cancellation;
        }

        try
        {
            return execute.Handle(request, Session, cancellation.Token);
        }
        finally
        {
            lock (gate)
            {
                running = null;
            }
        }
    }

    private void AbortQueuedExecutions()
    {
        var pending = new List<JupyterMessage>();
        while (queue.TryTake(out var request))
        {
            pending.Add(request);
        }

        foreach (var request in pending)
        {
            Handle(request, abort: true);
        }
    }

    private void Reply(JupyterMessage request, string messageType, JsonObject content) =>
        sockets.Send(KernelChannel.Shell, messages.Reply(request, messageType, content));

    private void Status(JupyterMessage request, string state) =>
        sockets.Send(KernelChannel.Iopub, messages.Broadcast(request, "status", new JsonObject { ["execution_state"] = state }));
}
