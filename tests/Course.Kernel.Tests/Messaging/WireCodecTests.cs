using System.Text;
using System.Text.Json.Nodes;
using Course.Kernel.Messaging;

namespace Course.Kernel.Tests.Messaging;

public sealed class WireCodecTests
{
    private static readonly WireCodec Codec = new(new MessageSigner("secret"));

    private static JupyterMessage Sample() => new(
        [Encoding.ASCII.GetBytes("client-1")],
        MessageHeader.Create("execute_request", "session-1", "learner"),
        null,
        new JsonObject { ["tag"] = "m" },
        new JsonObject { ["code"] = "1 + 1", ["silent"] = false },
        [new byte[] { 1, 2, 3 }]);

    [Fact]
    public void Frames_are_identities_delimiter_signature_four_json_parts_and_buffers()
    {
        var frames = Codec.Encode(Sample());

        Assert.Equal(8, frames.Count);
        Assert.Equal("client-1", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal("{}", Encoding.UTF8.GetString(frames[4]));
        Assert.Equal(new byte[] { 1, 2, 3 }, frames[7]);
        Assert.Equal("execute_request", JsonNode.Parse(frames[3])!["msg_type"]!.GetValue<string>());
    }

    [Fact]
    public void Decoding_what_was_encoded_gives_the_message_back()
    {
        var sample = Sample();

        Assert.True(Codec.TryDecode(Codec.Encode(sample), out var decoded, out var problem), problem);

        Assert.Equal(sample.Header, decoded!.Header);
        Assert.Null(decoded.ParentHeader);
        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(decoded.Identities)));
        Assert.Equal("1 + 1", decoded.Content["code"]!.GetValue<string>());
        Assert.Equal("m", decoded.Metadata["tag"]!.GetValue<string>());
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(decoded.Buffers));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_changed_header_parent_metadata_or_content_fails_the_signature(int frame)
    {
        var frames = Codec.Encode(Sample()).ToList();
        frames[frame] = Encoding.UTF8.GetBytes("{\"x\":1}");

        Assert.False(Codec.TryDecode(frames, out var decoded, out var problem));
        Assert.Null(decoded);
        Assert.Equal("bad signature", problem);
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var other = new WireCodec(new MessageSigner("other"));

        Assert.False(Codec.TryDecode(other.Encode(Sample()), out _, out var problem));
        Assert.Equal("bad signature", problem);
    }

    [Fact]
    public void Frames_without_a_delimiter_are_rejected()
    {
        var frames = Codec.Encode(Sample()).Where(f => !f.AsSpan().SequenceEqual(WireCodec.Delimiter)).ToList();

        Assert.False(Codec.TryDecode(frames, out _, out var problem));
        Assert.Contains("delimiter", problem);
    }
}
