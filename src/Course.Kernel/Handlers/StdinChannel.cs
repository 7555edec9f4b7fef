using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;

namespace Course.Kernel.Handlers;

/// <summary>
/// Asks the client that sent an <c>execute_request</c> for a line of input: an <c>input_request</c> on the
/// stdin channel, then a wait for its <c>input_reply</c> (protocol 5.3, "Messages on the stdin ROUTER/DEALER channel").
/// </summary>
public sealed class StdinChannel
{
    private readonly BlockingCollection<string> replies = [];
    private readonly KernelSockets sockets;
    private readonly MessageFactory messages;

    /// <summary>Creates the channel.</summary>
    /// <param name="sockets">Where the request goes.</param>
    /// <param name="messages">Builds it.</param>
    public StdinChannel(KernelSockets sockets, MessageFactory messages)
    {
        this.sockets = sockets;
        this.messages = messages;
    }

    /// <summary>Sends an <c>input_request</c> routed to the sender of <paramref name="executeRequest"/> and waits for the answer.</summary>
    /// <param name="executeRequest">The request whose cell asks.</param>
    /// <param name="prompt">Text shown beside the input box.</param>
    /// <param name="cancellation">An interrupt, which stops the wait.</param>
    /// <returns>The line the person typed.</returns>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    public string ReadLine(JupyterMessage executeRequest, string prompt, CancellationToken cancellation)
    {
        while (replies.TryTake(out _))
        {
            // An answer nobody waited for (its cell was interrupted) must not answer this question.
        }

        sockets.Send(KernelChannel.Stdin, messages.Reply(executeRequest, "input_request", new JsonObject
        {
            ["prompt"] = prompt,
            ["password"] = false,
        }));
        return replies.Take(cancellation);
    }

    /// <summary>Takes an <c>input_reply</c> from the stdin channel.</summary>
    /// <param name="reply">The reply; its <c>value</c> is the line.</param>
    public void Receive(JupyterMessage reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        replies.Add(reply.Content["value"]?.GetValue<string>() ?? string.Empty);
    }
}
