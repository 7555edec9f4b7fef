using System.Text;
using Newtonsoft.Json;

namespace Course.Charts;

/// <summary>
/// A contour trace's z values, written into the chart's JSON as exactly the text Newtonsoft.Json writes for the same
/// <c>double[][]</c> (the shortest round-trip form, <c>.0</c> after a whole number), but without formatting each double:
/// a value with five significant digits (as <see cref="SurfaceGrid"/> rounds them) is written from its digits. On
/// WebAssembly's interpreter formatting 6400 doubles took about a quarter of a second, most of a contour's JSON.
/// </summary>
/// <param name="rows">The grid, one row per y.</param>
[JsonConverter(typeof(Converter))]
internal sealed class ContourValues(double[][] rows)
{
    private const int Digits = SurfaceGrid.Digits;

    /// <summary>The grid's JSON text, or null when a value is not finite (then the serializer writes the grid itself).</summary>
    private readonly string? json = rows.All(row => row.All(double.IsFinite)) ? Write(rows) : null;

    /// <summary>The grid, one row per y.</summary>
    public double[][] Rows => rows;

    private static string Write(double[][] rows)
    {
        var text = new StringBuilder(rows.Sum(row => row.Length) * 8);
        text.Append('[');
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append(r == 0 ? "[" : ",[");
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                if (!TryAppendFiveDigits(text, rows[r][c]))
                {
                    text.Append(JsonConvert.ToString(rows[r][c]));
                }
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    /// <summary>
    /// Appends v as <c>v.ToString("R")</c> (with <c>.0</c> after a whole number) when v is the double nearest to a decimal
    /// m · 10⁻ᵏ with five digits m and 10⁻³ ≤ |v| &lt; 10¹⁴: no other decimal of five digits or fewer is within an ulp of
    /// v, so m without its trailing zeros are v's shortest round-trip digits, and in that range .NET writes them without
    /// an exponent. Returns false, appending nothing, for any other value.
    /// </summary>
    private static bool TryAppendFiveDigits(StringBuilder text, double value)
    {
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-3 && magnitude < 1e14))
        {
            return false;
        }

        if (!SignificantDigits.TrySplit(magnitude, Digits, out var m, out var k) || SignificantDigits.Join(m, k) != magnitude)
        {
            return false;
        }

        Span<char> digits = stackalloc char[Digits];
        for (int i = Digits - 1, rest = (int)m; i >= 0; i--, rest /= 10)
        {
            digits[i] = (char)('0' + (rest % 10));
        }

        var length = Digits;
        while (digits[length - 1] == '0')
        {
            length--;
        }

        var point = Digits - k;
        if (value < 0)
        {
            text.Append('-');
        }

        if (point <= 0)
        {
            text.Append("0.").Append('0', -point).Append(digits[..length]);
        }
        else if (point < length)
        {
            text.Append(digits[..point]).Append('.').Append(digits[point..length]);
        }
        else
        {
            text.Append(digits[..length]).Append('0', point - length).Append(".0");
        }

        return true;
    }

    /// <summary>Writes the grid's text as it stands; reading it back is not supported (charts are only written).</summary>
    internal sealed class Converter : JsonConverter<ContourValues>
    {
        /// <inheritdoc/>
        public override void WriteJson(JsonWriter writer, ContourValues? value, JsonSerializer serializer)
        {
            if (value?.json is { } text)
            {
                writer.WriteRawValue(text);
            }
            else
            {
                serializer.Serialize(writer, value?.Rows);
            }
        }

        /// <inheritdoc/>
        public override ContourValues ReadJson(JsonReader reader, Type objectType, ContourValues? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Contour values are only written.");
    }
}
