using System.Globalization;
using Course.Charts;

namespace Course.Tests.Charts;

/// <summary>The arithmetic rounding of contour values against the text round trip it replaces (.NET's own G formatting and parsing).</summary>
public sealed class SignificantDigitsTests
{
    private static double ThroughText(double value, int digits) =>
        double.Parse(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void AssertSameBits(double value, int digits) =>
        Assert.True(
            BitConverter.DoubleToInt64Bits(ThroughText(value, digits)) == BitConverter.DoubleToInt64Bits(SignificantDigits.Round(value, digits)),
            $"{value:R} to {digits} digits: text gives {ThroughText(value, digits):R}, arithmetic {SignificantDigits.Round(value, digits):R}");

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(15)]
    public void Random_values_over_sixty_decades_round_to_the_same_double_as_through_text(int digits)
    {
        var random = new Random(digits);
        for (var i = 0; i < 200_000; i++)
        {
            var value = (random.NextDouble() * 2 - 1) * Math.Pow(10, random.Next(-30, 31));
            AssertSameBits(value, digits);
        }
    }

    [Theory]
    [InlineData(12344.5)]
    [InlineData(12345.5)]
    [InlineData(1.00005)]
    [InlineData(0.123455)]
    [InlineData(99999.5)]
    [InlineData(9.99995)]
    [InlineData(100000)]
    [InlineData(1e-5)]
    [InlineData(1e22)]
    [InlineData(1e23)]
    [InlineData(1e-300)]
    [InlineData(4.9e-324)]
    [InlineData(double.MaxValue)]
    [InlineData(0.0)]
    public void Ties_powers_of_ten_extremes_and_their_neighbours_round_to_the_same_double_as_through_text(double value)
    {
        foreach (var near in new[] { value, Math.BitIncrement(value), Math.BitDecrement(value) })
        {
            AssertSameBits(near, 5);
            AssertSameBits(-near, 5);
        }
    }

    [Fact]
    public void Every_grid_value_a_contour_of_simple_fractions_gives_rounds_as_through_text()
    {
        for (var i = -20_000; i <= 20_000; i++)
        {
            AssertSameBits(i / 8.0, 5);
            AssertSameBits(i / 1000.0, 5);
            AssertSameBits(Math.Log10(Math.Abs(i) + 1e-3), 5);
        }
    }
}
