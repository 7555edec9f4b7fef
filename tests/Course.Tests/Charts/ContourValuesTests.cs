using System.Globalization;
using Course.Charts;
using Newtonsoft.Json;

namespace Course.Tests.Charts;

/// <summary>A contour's z values written from their digits, against Newtonsoft.Json writing the same <c>double[][]</c>.</summary>
public sealed class ContourValuesTests
{
    private static void AssertWrittenAsNewtonsoftWrites(double[][] rows) =>
        Assert.Equal(JsonConvert.SerializeObject(rows), JsonConvert.SerializeObject(new ContourValues(rows)));

    private static double FiveDigits(double value) =>
        double.Parse(value.ToString("G5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    [Fact]
    public void Five_digit_values_over_thirty_decades_are_written_as_newtonsoft_writes_them()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, 250)
            .Select(_ => FiveDigits((random.NextDouble() * 2 - 1) * Math.Pow(10, random.Next(-12, 19)))).ToArray()).ToArray();

        AssertWrittenAsNewtonsoftWrites(rows);
    }

    [Fact]
    public void Whole_numbers_short_decimals_unrounded_values_and_zeros_are_written_as_newtonsoft_writes_them()
    {
        double[] row =
        [
            0.0, -0.0, 1, -1, 10, 100000, 12340, 99999, 1e13, 99999e9, 1e14, 1e15, 0.001, 0.00099999, 1e-4, 0.5, -0.125,
            1.2345, 0.1, 0.3, 1.0 / 3, Math.PI, -Math.E, 123456.7, 1e-300, double.MaxValue, double.Epsilon, 12344.5,
        ];

        AssertWrittenAsNewtonsoftWrites([row, [.. row.Select(v => v * 7)], [.. row.Select(FiveDigits)], []]);
    }

    [Fact]
    public void A_grid_with_values_that_are_not_finite_is_written_as_newtonsoft_writes_it()
    {
        AssertWrittenAsNewtonsoftWrites([[1.5, double.NaN], [double.PositiveInfinity, -2.0]]);
    }
}
