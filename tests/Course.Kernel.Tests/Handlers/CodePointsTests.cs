using Course.Kernel.Handlers;

namespace Course.Kernel.Tests.Handlers;

public sealed class CodePointsTests
{
    // "a😀b": the emoji is one code point but two UTF-16 units (a surrogate pair).
    private const string Text = "a\U0001F600b";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void Code_point_positions_map_to_UTF16_indexes_and_back(int codePoints, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16Index(Text, codePoints));
        Assert.Equal(codePoints, CodePoints.ToCodePointIndex(Text, utf16));
    }

    [Fact]
    public void A_position_past_the_end_is_clamped_to_the_end()
    {
        Assert.Equal(Text.Length, CodePoints.ToUtf16Index(Text, 99));
    }
}
