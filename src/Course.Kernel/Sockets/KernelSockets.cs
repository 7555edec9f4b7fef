using Course.Kernel.Connection;
using Course.Kernel.Messaging;
using NetMQ;
using NetMQ.Sockets;

namespace Course.Kernel.Sockets;

/// <summary>
/// The shell, control, stdin and IOPub sockets, driven by one poller thread. Incoming messages are
/// decoded and checked there (a message that fails the check is logged and dropped); outgoing
/// messages from any thread are queued and sent from that thread, since ZeroMQ sockets are not
/// thread-safe.
/// </summary>
public sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly NetMQQueue<(KernelChannel Channel, JupyterMessage Message)> outbox = new();
    private readonly NetMQPoller poller;
    private readonly WireCodec codec;
    private readonly TextWriter log;

    /// <summary>Binds the four sockets to the connection's ports.</summary>
    /// <param name="connection">The connection file's contents.</param>
    /// <param name="codec">Signs and checks messages.</param>
    /// <param name="log">Where dropped messages are reported.</param>
    public KernelSockets(ConnectionInfo connection, WireCodec codec, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(log);
        this.codec = codec;
        this.log = log;
        foreach (var (socket, port) in new (NetMQSocket, int)[]
                 {
                     (shell, connection.ShellPort), (control, connection.ControlPort),
                     (stdin, connection.StdinPort), (iopub, connection.IopubPort),
                 })
        {
            socket.Options.Linger = TimeSpan.FromSeconds(1);
            socket.Bind(connection.Endpoint(port));
        }

        shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        outbox.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                SendNow(item.Channel, item.Message);
            }
        };
        poller = new NetMQPoller { shell, control, stdin, outbox };
    }

    /// <summary>Called on the poller thread for each well-signed message received.</summary>
    public event Action<KernelChannel, JupyterMessage>? Received;

    /// <summary>Starts the poller thread.</summary>
    public void Start() => poller.RunAsync("kernel sockets", isBackgroundThread: true);

    /// <summary>Queues a message for sending; safe from any thread, sent in the order queued.</summary>
    /// <param name="channel">The channel to send on.</param>
    /// <param name="message">The message.</param>
    public void Send(KernelChannel channel, JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        outbox.Enqueue((channel, message));
    }

    /// <summary>Sends what is queued, stops the poller and closes the sockets.</summary>
    public void Dispose()
    {
        if (poller.IsRunning)
        {
            poller.Stop();
        }

        while (outbox.TryDequeue(out var item, TimeSpan.Zero))
        {
            SendNow(item.Channel, item.Message);
        }

        poller.Dispose();
        outbox.Dispose();
        shell.Dispose();
        control.Dispose();
        stdin.Dispose();
        iopub.Dispose();
    }

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = socket.ReceiveMultipartBytes();
        if (!codec.TryDecode(frames, out var message, out var problem))
        {
            log.WriteLine($"course kernel: dropped a message on {channel}: {problem}");
            return;
        }

        Received?.Invoke(channel, message!);
    }

    private void SendNow(KernelChannel channel, JupyterMessage message)
    {
        NetMQSocket socket = channel switch
        {
            KernelChannel.Shell => shell,
            KernelChannel.Control => control,
            KernelChannel.Stdin => stdin,
            _ => iopub,
        };
        var frames = codec.Encode(message);
        var outgoing = new NetMQMessage(frames.Count);
        foreach (var frame in frames)
        {
            outgoing.Append(frame);
        }

        socket.SendMultipartMessage(outgoing);
    }
}
