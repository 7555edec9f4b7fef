using NetMQ;
using NetMQ.Sockets;

namespace Course.Kernel.Sockets;

/// <summary>
/// The heartbeat channel: a REP socket that echoes every message back, on its own thread so it keeps
/// answering while a cell runs.
/// </summary>
public sealed class Heartbeat : IDisposable
{
    private readonly ResponseSocket socket;
    private readonly NetMQPoller poller;

    /// <summary>Binds the heartbeat socket and starts echoing.</summary>
    /// <param name="endpoint">ZeroMQ address to bind, e.g. <c>tcp://127.0.0.1:5555</c>.</param>
    public Heartbeat(string endpoint)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        socket = new ResponseSocket();
        socket.Options.Linger = TimeSpan.Zero;
        socket.Bind(endpoint);
        socket.ReceiveReady += (_, e) =>
        {
            var ping = e.Socket.ReceiveMultipartMessage();
            e.Socket.SendMultipartMessage(ping);
        };
        poller = new NetMQPoller { socket };
        poller.RunAsync("heartbeat", isBackgroundThread: true);
    }

    /// <summary>Stops echoing and closes the socket.</summary>
    public void Dispose()
    {
        poller.Stop();
        poller.Dispose();
        socket.Dispose();
    }
}
