using System.Security.Cryptography;
using System.Text;

namespace Course.Kernel.Messaging;

/// <summary>
/// Signs and checks messages with HMAC-SHA256 over the serialized header, parent header, metadata
/// and content, as the Jupyter wire protocol specifies. An empty key disables signing: messages go
/// out with an empty signature and incoming signatures are not checked.
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] key;

    /// <summary>Creates a signer for the connection file's key.</summary>
    /// <param name="key">The HMAC key as written in the connection file (its UTF-8 bytes are the key).</param>
    public MessageSigner(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>Whether messages are signed (the key is not empty).</summary>
    public bool IsEnabled => key.Length > 0;

    /// <summary>The lowercase hex HMAC-SHA256 of the concatenated parts, or an empty string when signing is off.</summary>
    /// <param name="parts">The serialized header, parent header, metadata and content, in that order.</param>
    public string Sign(IEnumerable<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return IsEnabled ? Convert.ToHexStringLower(Mac(parts)) : string.Empty;
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the right signature for the parts, compared in constant
    /// time. Always true when signing is off.
    /// </summary>
    /// <param name="signature">The signature frame as received (ASCII hex).</param>
    /// <param name="parts">The serialized header, parent header, metadata and content, in that order.</param>
    public bool Verify(byte[] signature, IEnumerable<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(parts);
        if (!IsEnabled)
        {
            return true;
        }

        byte[] received;
        try
        {
            received = Convert.FromHexString(Encoding.ASCII.GetString(signature));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(received, Mac(parts));
    }

    private byte[] Mac(IEnumerable<byte[]> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var part in parts)
        {
            hmac.AppendData(part);
        }

        return hmac.GetHashAndReset();
    }
}
