using System.Globalization;
using System.Text.Json.Serialization;

namespace Course.Kernel.Messaging;

/// <summary>The header every Jupyter message carries (messaging protocol 5.3).</summary>
/// <param name="MessageId">Unique id of this message (a UUID).</param>
/// <param name="Session">Id of the sending session (a UUID, one per process).</param>
/// <param name="Username">Name of the sending user.</param>
/// <param name="Date">ISO 8601 time the message was created.</param>
/// <param name="MessageType">Kind of message, e.g. <c>execute_request</c>.</param>
/// <param name="Version">Protocol version of the sender.</param>
public sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MessageId,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("msg_type")] string MessageType,
    [property: JsonPropertyName("version")] string Version)
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>A new header with a fresh id and the current UTC time.</summary>
    /// <param name="messageType">Kind of message.</param>
    /// <param name="session">Id of this kernel's session.</param>
    /// <param name="username">Name of the kernel's user.</param>
    public static MessageHeader Create(string messageType, string session, string username) =>
        new(
            Guid.NewGuid().ToString(),
            session,
            username,
            DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            messageType,
            ProtocolVersion);
}
