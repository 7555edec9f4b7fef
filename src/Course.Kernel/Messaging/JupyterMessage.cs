using System.Text.Json.Nodes;

namespace Course.Kernel.Messaging;

/// <summary>One Jupyter message: routing identities, header, parent header, metadata, content and binary buffers.</summary>
/// <param name="Identities">ZeroMQ routing prefix (for ROUTER sockets: who to reply to; for IOPub: the topic).</param>
/// <param name="Header">This message's header.</param>
/// <param name="ParentHeader">Header of the request this message answers, or <see langword="null"/> for none.</param>
/// <param name="Metadata">Free-form metadata.</param>
/// <param name="Content">The message's content; its shape depends on <see cref="MessageHeader.MessageType"/>.</param>
/// <param name="Buffers">Extra binary frames after the content.</param>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    MessageHeader Header,
    MessageHeader? ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    /// <summary>The message type from the header.</summary>
    public string MessageType => Header.MessageType;
}
