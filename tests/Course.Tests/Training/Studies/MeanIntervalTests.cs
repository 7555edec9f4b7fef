using Course.Training.Studies;

namespace Course.Tests.Training.Studies;

/// <summary>Student-t intervals against values from a printed t table.</summary>
public sealed class MeanIntervalTests
{
    [Fact]
    public void Five_measurements_use_the_t_quantile_with_four_degrees_of_freedom()
    {
        // x = 1..5: mean 3, s = √2.5; t(0.975, 4) = 2.776 (any statistics textbook's t table).
        var interval = MeanInterval.Of([1, 2, 3, 4, 5]);
        Assert.Equal(3, interval.Mean, 12);
        Assert.Equal(2.776 * Math.Sqrt(2.5) / Math.Sqrt(5), interval.HalfWidth, 3);
        Assert.Equal(5, interval.Count);
    }

    [Fact]
    public void A_90_percent_interval_with_ten_measurements_uses_t_0_95_9()
    {
        double[] x = [2, 4, 4, 4, 5, 5, 7, 9, 3, 7];
        var mean = x.Average();
        var s = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / 9);
        var interval = MeanInterval.Of(x, level: 0.90);
        Assert.Equal(1.833 * s / Math.Sqrt(10), interval.HalfWidth, 3); // t(0.95, 9) = 1.833
    }

    [Fact]
    public void Paired_differences_cancel_what_the_seed_adds_to_both_sides()
    {
        // Each seed shifts both settings by the same amount; b is always 0.1 lower than a.
        double[] seedEffect = [0.0, 0.5, -0.3, 0.9, 0.2];
        var a = seedEffect.Select(s => 1.0 + s).ToArray();
        var b = seedEffect.Select(s => 0.9 + s).ToArray();

        var unpaired = MeanInterval.Of(a);
        var paired = MeanInterval.OfDifferences(a, b);
        Assert.Equal(0.1, paired.Mean, 12);
        Assert.True(paired.HalfWidth < 1e-12);
        Assert.True(paired.IsAboveZero);
        Assert.True(unpaired.HalfWidth > 0.4);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => MeanInterval.OfDifferences(a, b.Take(4).ToArray())).ParamName);
    }

    [Fact]
    public void A_diverged_measurement_makes_the_mean_infinite()
    {
        var interval = MeanInterval.Of([0.1, double.NaN, 0.2]);
        Assert.False(interval.IsFinite);
        Assert.Equal("diverged", interval.ToString());
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => MeanInterval.Of([])).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => MeanInterval.Of([1.0, 2.0], level: 1)).ParamName);
    }
}
