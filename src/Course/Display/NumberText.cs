using System.Globalization;

namespace Course.Display;

/// <summary>Numbers as a table shows them: floating point rounded to a number of significant digits, integers whole.</summary>
internal static class NumberText
{
    private const double SmallestFixed = 1e-4;
    private const double LargestFixed = 1e6;

    /// <summary>Whether <paramref name="value"/> is one of .NET's numeric types.</summary>
    public static bool IsNumber(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or Half or System.Numerics.BigInteger;

    /// <summary>
    /// <paramref name="value"/> with <paramref name="digits"/> significant digits: fixed notation for
    /// magnitudes in [1e-4, 1e6) with trailing zeros dropped (-0.7999999999999998 → -0.8), scientific
    /// notation outside (1.235e-05); integers are never rounded.
    /// </summary>
    public static string Format(object value, int digits) => value switch
    {
        double d => Format(d, digits),
        float f => Format((double)f, digits),
        Half h => Format((double)h, digits),
        decimal m => Format((double)m, digits),
        IFormattable whole => whole.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <inheritdoc cref="Format(object, int)"/>
    public static string Format(double value, int digits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude is >= SmallestFixed and < LargestFixed)
        {
            var decimals = Math.Clamp(digits - 1 - (int)Math.Floor(Math.Log10(magnitude)), 0, 15);
            var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            if (Math.Abs(rounded) >= LargestFixed)
            {
                return Scientific(value, digits);
            }

            return (rounded == 0 ? 0 : rounded).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
        }

        return Scientific(value, digits);
    }

    private static string Scientific(double value, int digits) =>
        value.ToString("0." + new string('#', Math.Max(digits - 1, 1)) + "e+00", CultureInfo.InvariantCulture);
}
