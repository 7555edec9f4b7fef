using System.Text.Json.Nodes;
using Course.Kernel.Connection;
using Course.Kernel.Handlers;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;
using Course.Notebooks.Execution;

namespace Course.Kernel;

/// <summary>
/// A Jupyter kernel process: binds the sockets named in the connection file, answers shell requests
/// in order with the engine session, handles interrupt and shutdown on the control channel, and
/// echoes heartbeats, until a client asks it to shut down.
/// </summary>
public sealed class KernelServer : IDisposable
{
    private readonly ManualResetEventSlim stopped = new();
    private readonly MessageFactory messages;
    private readonly Heartbeat heartbeat;
    private readonly KernelSockets sockets;
    private readonly ShellWorker shell;
    private readonly TextWriter log;

    /// <summary>Binds the sockets; <see cref="Run"/> starts serving.</summary>
    /// <param name="connection">The connection file's contents.</param>
    /// <param name="createSession">Creates the engine session that runs the cells.</param>
    /// <param name="plotlyScript">Supplies plotly.js, put in front of the first chart the session shows.</param>
    /// <param name="log">Where dropped messages and failures are reported (the process's standard error).</param>
    public KernelServer(ConnectionInfo connection, Func<ScriptSession> createSession, Func<string> plotlyScript, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(createSession);
        ArgumentNullException.ThrowIfNull(log);
        this.log = log;
        messages = new MessageFactory(Guid.NewGuid().ToString(), Environment.UserName);
        heartbeat = new Heartbeat(connection.Endpoint(connection.HeartbeatPort));
        sockets = new KernelSockets(connection, new WireCodec(new MessageSigner(connection.Key)), log);
        shell = new ShellWorker(sockets, messages, createSession, plotlyScript, request => Shutdown(KernelChannel.Shell, request), log);
        sockets.Received += OnReceived;
    }

    /// <summary>Serves clients until a <c>shutdown_request</c> arrives.</summary>
    public void Run()
    {
        sockets.Start();
        sockets.Send(KernelChannel.Iopub, messages.Broadcast(null, "status", new JsonObject { ["execution_state"] = "starting" }));
        stopped.Wait();
    }

    /// <summary>Makes <see cref="Run"/> return, as a shutdown request does but with no reply (the client is gone).</summary>
    /// <param name="reason">Logged, saying why the kernel stops.</param>
    public void Stop(string reason)
    {
        log.WriteLine($"course kernel: {reason}; shutting down");
        stopped.Set();
    }

    /// <summary>Stops the running cell and closes every socket.</summary>
    public void Dispose()
    {
        shell.Dispose();
        sockets.Dispose();
        heartbeat.Dispose();
        stopped.Dispose();
    }

    private void OnReceived(KernelChannel channel, JupyterMessage message)
    {
        switch (channel, message.MessageType)
        {
            case (KernelChannel.Shell, _):
                shell.Post(message);
                break;
            case (KernelChannel.Control, "interrupt_request"):
                shell.Interrupt();
                sockets.Send(KernelChannel.Control, messages.Reply(message, "interrupt_reply", new JsonObject { ["status"] = "ok" }));
                break;
            case (KernelChannel.Control, "shutdown_request"):
                Shutdown(KernelChannel.Control, message);
                break;
            case (KernelChannel.Stdin, "input_reply"):
                shell.Stdin.Receive(message);
                break;
            case (KernelChannel.Control, "kernel_info_request"):
                sockets.Send(KernelChannel.Control, messages.Reply(message, "kernel_info_reply", KernelInfo.ReplyContent()));
                break;
            default:
                log.WriteLine($"course kernel: ignored {message.MessageType} on {channel}");
                break;
        }
    }

    private void Shutdown(KernelChannel channel, JupyterMessage request)
    {
        var restart = request.Content["restart"]?.GetValue<bool>() ?? false;
        var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
        sockets.Send(channel, messages.Reply(request, "shutdown_reply", content));
        stopped.Set();
    }
}
