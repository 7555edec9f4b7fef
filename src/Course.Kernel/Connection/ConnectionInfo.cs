using System.Text.Json;
using System.Text.Json.Serialization;

namespace Course.Kernel.Connection;

/// <summary>
/// The connection file a Jupyter client writes before it starts a kernel: where the five sockets
/// listen and the key that signs every message.
/// </summary>
/// <param name="Transport">ZeroMQ transport, <c>tcp</c> or <c>ipc</c>.</param>
/// <param name="Ip">Address the kernel binds (for <c>ipc</c>, the socket path prefix).</param>
/// <param name="ShellPort">Port of the shell ROUTER socket (requests and replies).</param>
/// <param name="IopubPort">Port of the IOPub PUB socket (outputs and status broadcast).</param>
/// <param name="StdinPort">Port of the stdin ROUTER socket (input requests to the client).</param>
/// <param name="ControlPort">Port of the control ROUTER socket (interrupt and shutdown).</param>
/// <param name="HeartbeatPort">Port of the heartbeat REP socket (echo).</param>
/// <param name="Key">HMAC key; empty means messages are neither signed nor checked.</param>
/// <param name="SignatureScheme">Signature scheme; only <c>hmac-sha256</c> is supported.</param>
public sealed record ConnectionInfo(
    [property: JsonPropertyName("transport")] string Transport,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("shell_port")] int ShellPort,
    [property: JsonPropertyName("iopub_port")] int IopubPort,
    [property: JsonPropertyName("stdin_port")] int StdinPort,
    [property: JsonPropertyName("control_port")] int ControlPort,
    [property: JsonPropertyName("hb_port")] int HeartbeatPort,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("signature_scheme")] string SignatureScheme)
{
    /// <summary>The only signature scheme Jupyter clients use.</summary>
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>Reads and checks a connection file.</summary>
    /// <param name="path">Path of the JSON connection file.</param>
    /// <exception cref="ArgumentException">The file is not a valid connection file.</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and checks the text of a connection file.</summary>
    /// <param name="json">The connection file's JSON text.</param>
    /// <param name="source">Where the text came from, for error messages.</param>
    /// <exception cref="ArgumentException">The text is not a valid connection file.</exception>
    public static ConnectionInfo Parse(string json, string source = "connection file")
    {
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{source} is not valid JSON: {e.Message}", nameof(json), e);
        }

        if (info is null)
        {
            throw new ArgumentException($"{source} is empty.", nameof(json));
        }

        return info.Validated(source);
    }

    /// <summary>The ZeroMQ address of one of the sockets, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    /// <param name="port">One of this connection's ports.</param>
    public string Endpoint(int port) =>
        Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    private ConnectionInfo Validated(string source)
    {
        var transport = string.IsNullOrEmpty(Transport) ? "tcp" : Transport;
        if (transport is not ("tcp" or "ipc"))
        {
            throw new ArgumentException($"{source}: transport must be \"tcp\" or \"ipc\", not \"{Transport}\".", nameof(Transport));
        }

        var scheme = string.IsNullOrEmpty(SignatureScheme) ? HmacSha256 : SignatureScheme;
        if (scheme != HmacSha256)
        {
            throw new ArgumentException($"{source}: signature_scheme must be \"{HmacSha256}\", not \"{SignatureScheme}\".", nameof(SignatureScheme));
        }

        foreach (var (name, port) in new[]
                 {
                     ("shell_port", ShellPort), ("iopub_port", IopubPort), ("stdin_port", StdinPort),
                     ("control_port", ControlPort), ("hb_port", HeartbeatPort),
                 })
        {
            if (port is < 1 or > 65535)
            {
                throw new ArgumentOutOfRangeException(name, port, $"{source}: {name} must be in 1..65535.");
            }
        }

        return this with
        {
            Transport = transport,
            Ip = string.IsNullOrEmpty(Ip) ? "127.0.0.1" : Ip,
            Key = Key ?? string.Empty,
            SignatureScheme = scheme,
        };
    }
}
