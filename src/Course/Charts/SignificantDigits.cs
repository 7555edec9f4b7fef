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
    /// <c>value.ToString("G" + digits)</c> writes, that is <see cref="Join"/> of <see cref="TrySplit"/>'s digits; where
    /// those cannot be had by arithmetic, through the text.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="digits">Significant digits, 1 to 15.</param>
    public static double Round(double value, int digits)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        if (TrySplit(Math.Abs(value), digits, out var m, out var k))
        {
            var rounded = Join(m, k);
            return value < 0 ? -rounded : rounded;
        }

        var format = "G" + digits.ToString(CultureInfo.InvariantCulture);
        return double.Parse(value.ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The digits of a positive finite <paramref name="magnitude"/> rounded to <paramref name="digits"/> significant ones:
    /// with k = digits − 1 − ⌊log₁₀ v⌋, m = round(v · 10ᵏ), a whole number of exactly <paramref name="digits"/> digits.
    /// v · 10ᵏ carries at most half an ulp of error (10ᵏ is exact for |k| ≤ 22), so this m can differ from the exact
    /// decimal rounding only near a tie: there, and outside the exact powers, it returns false.
    /// </summary>
    /// <param name="magnitude">A positive finite value.</param>
    /// <param name="digits">Significant digits, 1 to 15.</param>
    /// <param name="m">The digits, as a whole number.</param>
    /// <param name="k">The power of ten: the rounded value is m · 10⁻ᵏ.</param>
    public static bool TrySplit(double magnitude, int digits, out double m, out int k)
    {
        k = digits - 1 - (int)Math.Floor(Math.Log10(magnitude));
        m = 0;
        if (k is < -22 or > 22)
        {
            return false;
        }

        var scaled = k >= 0 ? magnitude * ExactPowersOfTen[k] : magnitude / ExactPowersOfTen[-k];
        m = Math.Round(scaled);
        return Math.Abs(scaled - Math.Floor(scaled) - 0.5) > 1e-6 && m >= ExactPowersOfTen[digits - 1] && m < ExactPowersOfTen[digits];
    }

    /// <summary>
    /// The double nearest to m · 10⁻ᵏ for whole m below 2⁵³ and |k| ≤ 22: m / 10ᵏ or m · 10⁻ᵏ, one correctly rounded
    /// operation on exact operands.
    /// </summary>
    /// <param name="m">The digits, as a whole number.</param>
    /// <param name="k">The power of ten, −22 to 22.</param>
    public static double Join(double m, int k) => k >= 0 ? m / ExactPowersOfTen[k] : m * ExactPowersOfTen[-k];
}
