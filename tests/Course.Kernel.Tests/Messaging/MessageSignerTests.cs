using System.Text;
using Course.Kernel.Messaging;

namespace Course.Kernel.Tests.Messaging;

public sealed class MessageSignerTests
{
    // RFC 4231, test case 2: HMAC-SHA256 with key "Jefe".
    private const string Rfc4231Case2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    private static readonly byte[][] Case2Parts = [.. new[] { "what do ya", " want ", "for ", "nothing?" }.Select(Encoding.ASCII.GetBytes)];

    [Fact]
    public void Signature_is_the_hex_HMAC_SHA256_of_the_concatenated_parts()
    {
        Assert.Equal(Rfc4231Case2, new MessageSigner("Jefe").Sign(Case2Parts));
    }

    [Fact]
    public void Verify_accepts_the_right_signature_and_rejects_any_other()
    {
        var signer = new MessageSigner("Jefe");
        var wrong = Rfc4231Case2[..^1] + "4";

        Assert.True(signer.Verify(Encoding.ASCII.GetBytes(Rfc4231Case2), Case2Parts));
        Assert.True(signer.Verify(Encoding.ASCII.GetBytes(Rfc4231Case2.ToUpperInvariant()), Case2Parts));
        Assert.False(signer.Verify(Encoding.ASCII.GetBytes(wrong), Case2Parts));
        Assert.False(signer.Verify(Encoding.ASCII.GetBytes("not hex"), Case2Parts));
        Assert.False(signer.Verify([], Case2Parts));
    }

    [Fact]
    public void An_empty_key_signs_nothing_and_checks_nothing()
    {
        var signer = new MessageSigner(string.Empty);

        Assert.False(signer.IsEnabled);
        Assert.Equal(string.Empty, signer.Sign(Case2Parts));
        Assert.True(signer.Verify([], Case2Parts));
    }
}
