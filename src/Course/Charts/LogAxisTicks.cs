using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Course.Charts;

/// <summary>
/// Tick labels a reader can read on a logarithmic axis. Over many decades the powers of ten are enough
/// (<see cref="PlotlyObjects.Axis"/> asks for them); over a decade or two they leave one or two labels, and
/// plotly.js's own choice there is small digits squeezed between the powers; over twenty decades, every power
/// labelled overlaps the next. So an axis spanning many decades labels at most eight powers, and one spanning few decades
/// gets its labels at 1, 3 × 10ᵏ or 1, 2, 5 × 10ᵏ (the sparsest set that gives at least three), written as
/// ordinary numbers (<c>0.02</c>, <c>500</c>) or as <c>2×10⁻⁵</c> when very small or large.
/// </summary>
internal static partial class LogAxisTicks
{
    private const int FewestTicks = 3;

    /// <summary>The most powers of ten labelled on one axis; more decades than this label every n-th power.</summary>
    private const int MostLabels = 8;

    /// <summary>Mantissa sets, sparsest first: the labels are m × 10ᵏ for each m of the set.</summary>
    private static readonly int[][] Mantissas = [[1], [1, 3], [1, 2, 5], [1, 2, 3, 5, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

    /// <summary>Sets <c>tickvals</c> and <c>ticktext</c> on each log axis of <paramref name="figure"/> that spans too few decades for powers of ten alone.</summary>
    /// <param name="figure">A plotly.js figure (<c>data</c>, <c>layout</c>); changed in place.</param>
    public static void Apply(JsonObject figure)
    {
        if (figure["layout"] is not JsonObject layout)
        {
            return;
        }

        var traces = (figure["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var (key, node) in layout.ToList())
        {
            if (node is not JsonObject axis || !AxisName().IsMatch(key) || Text(axis["type"]) != "log" || axis.ContainsKey("tickvals"))
            {
                continue;
            }

            if (Extent(axis, key, traces) is not var (low, high))
            {
                continue;
            }

            var ticks = Ticks(low, high);
            if (ticks.Length > 0 && ticks.All(IsPowerOfTen))
            {
                // Over many decades every power of ten would crowd its neighbours: label every second, third, … one.
                axis["dtick"] = (int)Math.Ceiling(ticks.Length / (double)MostLabels);
                continue;
            }

            axis.Remove("dtick");
            if (ticks.Length == 0)
            {
                // Less than a factor of two: plotly.js's own ticks there are ordinary evenly spaced numbers.
                continue;
            }

            axis["tickmode"] = "array";
            axis["tickvals"] = new JsonArray([.. ticks.Select(t => JsonValue.Create(t))]);
            axis["ticktext"] = new JsonArray([.. ticks.Select(t => JsonValue.Create(Label(t)))]);
        }
    }

    /// <summary>
    /// The labels for data from <paramref name="low"/> to <paramref name="high"/> (both positive): those of the sparsest
    /// mantissa set giving at least three, or none when even 1, 2, …, 9 × 10ᵏ give fewer.
    /// </summary>
    internal static double[] Ticks(double low, double high)
    {
        foreach (var set in Mantissas)
        {
            var ticks = Candidates(low, high, set).ToArray();
            if (ticks.Length >= FewestTicks)
            {
                return ticks;
            }
        }

        return [];
    }

    /// <summary>A tick's label: an ordinary number from 0.001 to 9999, otherwise <c>m×10ᵏ</c> with a superscript exponent.</summary>
    internal static string Label(double value)
    {
        if (value is >= 1e-3 and < 1e4)
        {
            return value.ToString("G4", CultureInfo.InvariantCulture);
        }

        var exponent = (int)Math.Floor(Math.Log10(value) + 1e-9);
        var mantissa = Math.Round(value / Math.Pow(10, exponent), 3);
        var power = "10" + string.Concat(exponent.ToString(CultureInfo.InvariantCulture).Select(Superscript));
        return mantissa == 1 ? power : $"{mantissa.ToString(CultureInfo.InvariantCulture)}×{power}";
    }

    private static IEnumerable<double> Candidates(double low, double high, int[] mantissas)
    {
        var first = (int)Math.Floor(Math.Log10(low));
        var last = (int)Math.Ceiling(Math.Log10(high));
        for (var exponent = first; exponent <= last; exponent++)
        {
            foreach (var mantissa in mantissas)
            {
                // Parsing "3e-5" gives the double nearest 3×10⁻⁵, which 3 * 1e-5 does not.
                var tick = double.Parse($"{mantissa}e{exponent}", CultureInfo.InvariantCulture);
                if (tick >= low * (1 - 1e-9) && tick <= high * (1 + 1e-9))
                {
                    yield return tick;
                }
            }
        }
    }

    /// <summary>The axis's fixed range (plotly.js gives a log axis's range in powers of ten), else the positive values plotted on it.</summary>
    private static (double Low, double High)? Extent(JsonObject axis, string key, List<JsonObject> traces)
    {
        if (axis["range"] is JsonArray { Count: 2 } range && Number(range[0]) is { } from && Number(range[1]) is { } to)
        {
            return (Math.Pow(10, Math.Min(from, to)), Math.Pow(10, Math.Max(from, to)));
        }

        var letter = key[..1];
        var reference = letter + key[5..];
        var values = traces
            .Where(t => (Text(t[letter + "axis"]) ?? letter) == reference)
            .SelectMany(t => t[letter] as JsonArray ?? [])
            .Select(Number)
            .OfType<double>()
            .Where(v => v > 0 && double.IsFinite(v))
            .ToList();
        return values.Count == 0 ? null : (values.Min(), values.Max());
    }

    private static bool IsPowerOfTen(double value) => Math.Abs(Math.Log10(value) - Math.Round(Math.Log10(value))) < 1e-9;

    private static char Superscript(char c) => c switch
    {
        '-' => '⁻',
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        _ => (char)('⁴' + (c - '4')),
    };

    /// <summary>A JSON number as a double, whether parsed from text or built in memory from an int.</summary>
    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.Deserialize<double>() : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex("^[xy]axis[0-9]*$")]
    private static partial Regex AxisName();
}
