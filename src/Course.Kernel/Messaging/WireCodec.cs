using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Kernel.Messaging;

/// <summary>
/// Converts between <see cref="JupyterMessage"/> and the ZeroMQ frames of the Jupyter wire protocol:
/// <c>[identities…, "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffers…]</c>.
/// </summary>
public sealed class WireCodec
{
    /// <summary>The frame separating routing identities from the message.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private readonly MessageSigner signer;

    /// <summary>Creates a codec that signs and checks with <paramref name="signer"/>.</summary>
    /// <param name="signer">The connection's signer.</param>
    public WireCodec(MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        this.signer = signer;
    }

    /// <summary>Serializes and signs a message into its frames.</summary>
    /// <param name="message">The message to send.</param>
    public IReadOnlyList<byte[]> Encode(JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        byte[][] parts =
        [
            JsonSerializer.SerializeToUtf8Bytes(message.Header),
            message.ParentHeader is null ? EmptyObject : JsonSerializer.SerializeToUtf8Bytes(message.ParentHeader),
            Encoding.UTF8.GetBytes(message.Metadata.ToJsonString()),
            Encoding.UTF8.GetBytes(message.Content.ToJsonString()),
        ];
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>
    /// Checks the signature and parses the frames. Returns <see langword="false"/> with a reason when the
    /// frames are malformed or the signature is wrong; such a message must be dropped, never handled.
    /// </summary>
    /// <param name="frames">The received frames.</param>
    /// <param name="message">The parsed message when the result is <see langword="true"/>.</param>
    /// <param name="problem">Why the message was rejected when the result is <see langword="false"/>.</param>
    public bool TryDecode(IReadOnlyList<byte[]> frames, out JupyterMessage? message, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(frames);
        message = null;
        var delimiter = IndexOfDelimiter(frames);
        if (delimiter < 0)
        {
            problem = "no <IDS|MSG> delimiter";
            return false;
        }

        if (frames.Count - delimiter - 1 < 5)
        {
            problem = $"{frames.Count - delimiter - 1} frames after the delimiter, at least 5 needed";
            return false;
        }

        var signature = frames[delimiter + 1];
        var parts = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(signature, parts))
        {
            problem = "bad signature";
            return false;
        }

        try
        {
            var header = JsonSerializer.Deserialize<MessageHeader>(parts[0]);
            if (header?.MessageType is null || header.MessageId is null)
            {
                problem = "header without msg_id or msg_type";
                return false;
            }

            message = new JupyterMessage(
                frames.Take(delimiter).ToArray(),
                header,
                ParseParentHeader(parts[1]),
                ParseObject(parts[2]),
                ParseObject(parts[3]),
                frames.Skip(delimiter + 6).ToArray());
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON: {e.Message}";
            return false;
        }
    }

    private static int IndexOfDelimiter(IReadOnlyList<byte[]> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                return i;
            }
        }

        return -1;
    }

    private static MessageHeader? ParseParentHeader(byte[] json)
    {
        var node = ParseObject(json);
        return node.ContainsKey("msg_id") ? node.Deserialize<MessageHeader>() : null;
    }

    private static JsonObject ParseObject(byte[] json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new JsonException("expected a JSON object");
}
