using System.Text.Json.Nodes;

namespace Course.Kernel.Messaging;

/// <summary>Builds the messages this kernel sends: replies to requests and IOPub broadcasts.</summary>
public sealed class MessageFactory
{
    private readonly string username;

    /// <summary>Creates a factory for one kernel process.</summary>
    /// <param name="session">This kernel's session id, put in every header it sends.</param>
    /// <param name="username">The user name put in every header.</param>
    public MessageFactory(string session, string username)
    {
        ArgumentException.ThrowIfNullOrEmpty(session);
        ArgumentNullException.ThrowIfNull(username);
        Session = session;
        this.username = username;
    }

    /// <summary>This kernel's session id.</summary>
    public string Session { get; }

    /// <summary>A reply to <paramref name="request"/>, routed back to its sender.</summary>
    /// <param name="request">The request being answered.</param>
    /// <param name="messageType">Reply type, e.g. <c>execute_reply</c>.</param>
    /// <param name="content">Reply content.</param>
    public JupyterMessage Reply(JupyterMessage request, string messageType, JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new JupyterMessage(request.Identities, Header(messageType), request.Header, [], content, []);
    }

    /// <summary>An IOPub broadcast caused by <paramref name="parent"/> (or by nothing, for <c>starting</c>).</summary>
    /// <param name="parent">The request whose handling produced this broadcast, if any.</param>
    /// <param name="messageType">Broadcast type, e.g. <c>stream</c> or <c>status</c>.</param>
    /// <param name="content">Broadcast content.</param>
    public JupyterMessage Broadcast(JupyterMessage? parent, string messageType, JsonObject content)
    {
        byte[] topic = System.Text.Encoding.UTF8.GetBytes($"kernel.{Session}.{messageType}");
        return new JupyterMessage([topic], Header(messageType), parent?.Header, [], content, []);
    }

    private MessageHeader Header(string messageType) => MessageHeader.Create(messageType, Session, username);
}
