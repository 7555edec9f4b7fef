using System.Globalization;

namespace Course.Charts;

/// <summary>
/// A number rounded to a few significant digits, as <c>double.Parse(value.ToString("G5"))</c> gives it, without the
/// text: formatting and parsing every point of a contour grid was a third of a contour chart's time on WebAssembly's
/// interpreter.
/// </summary>
internal static class SignificantDigits
{
    /// <summary>10⁰ … 10²², every power of ten a double holds exactly.</summary>
    private static readonly double[] ExactPowersOfTen = [.. Enumerable.Range(0, 23).Select(k => double.Parse("1e" + k, CultureInfo.InvariantCulture))];

    /// <summary>
    /// <paramref name="value"/> rounded to <paramref name="digits"/> significant digits: the double nearest to the decimal
    /// <c>value.ToString("G" + digits)</c> writes. With k = digits − 1 − ⌊log₁₀|v|⌋ the digits are m = round(|v| · 10ᵏ),
    /// and the result m / 10ᵏ (or m · 10⁻ᵏ), one correctly rounded operation on exact operands, is that nearest double.
    /// |v| · 10ᵏ carries at most half an ulp of error (10ᵏ is exact for |k| ≤ 22), so the rounding of m can differ from
    /// the exact decimal rounding only near a tie: there, and outside the exact powers, the text is used.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="digits">Significant digits, 1 to 15.</param>
    public static double Round(double value, int digits)
    {
        var magnitude = Math.Abs(value);
        if (!double.IsFinite(value) || magnitude == 0)
        {
            return value;
        }

        var k = digits - 1 - (int)Math.Floor(Math.Log10(magnitude));
        if (k is >= -22 and <= 22)
        {
            var scaled = k >= 0 ? magnitude * ExactPowersOfTen[k] : magnitude / ExactPowersOfTen[-k];
            var m = Math.Round(scaled);
            if (Math.Abs(scaled - Math.Floor(scaled) - 0.5) > 1e-6 && m >= ExactPowersOfTen[digits - 1] && m < ExactPowersOfTen[digits])
            {
                var rounded = k >= 0 ? m / ExactPowersOfTen[k] : m * ExactPowersOfTen[-k];
                return value < 0 ? -rounded : rounded;
            }
        }

        var format = "G" + digits.ToString(CultureInfo.InvariantCulture);
        return double.Parse(value.ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
