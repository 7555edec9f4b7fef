using MathNet.Numerics.Distributions;

namespace Course.Training.Studies;

/// <summary>
/// The mean of repeated measurements (one per seed) with a Student-t confidence interval:
/// mean ± t₍₁₋α/2, n−1₎ · s / √n, where s is the sample standard deviation and 1 − α the confidence level.
/// </summary>
/// <param name="Mean">The sample mean; +∞ when any measurement was not finite (a diverged run).</param>
/// <param name="HalfWidth">Half the width of the interval; NaN with fewer than two finite measurements or a non-finite mean.</param>
/// <param name="Count">How many measurements.</param>
/// <param name="Level">The confidence level, such as 0.95.</param>
public sealed record MeanInterval(double Mean, double HalfWidth, int Count, double Level)
{
    /// <summary>The lower end of the interval, Mean − HalfWidth.</summary>
    public double Low => Mean - HalfWidth;

    /// <summary>The upper end of the interval, Mean + HalfWidth.</summary>
    public double High => Mean + HalfWidth;

    /// <summary>Whether every measurement was finite.</summary>
    public bool IsFinite => double.IsFinite(Mean);

    /// <summary>
    /// The mean and the Student-t interval of <paramref name="values"/>:
    /// x̄ ± t₍(1+level)/2, n−1₎ · s / √n with s² = Σ(xᵢ − x̄)² / (n − 1).
    /// </summary>
    /// <param name="values">The measurements, at least one. Any non-finite value makes the mean +∞.</param>
    /// <param name="level">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The mean with its interval.</returns>
    public static MeanInterval Of(IEnumerable<double> values, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"level must be in (0, 1), but was {level}.");
        }

        var x = values.ToArray();
        if (x.Length == 0)
        {
            throw new ArgumentException("At least one measurement is needed for a mean.", nameof(values));
        }

        if (x.Any(v => !double.IsFinite(v)))
        {
            return new MeanInterval(double.PositiveInfinity, double.NaN, x.Length, level);
        }

        var mean = x.Average();
        if (x.Length < 2)
        {
            return new MeanInterval(mean, double.NaN, x.Length, level);
        }

        var variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        var t = StudentT.InvCDF(0, 1, x.Length - 1, (1 + level) / 2);
        return new MeanInterval(mean, t * Math.Sqrt(variance / x.Length), x.Length, level);
    }

    /// <summary>
    /// The mean paired difference a − b with its interval, for two settings measured with the same seeds: each
    /// seed's difference aᵢ − bᵢ cancels what the seed does to both (initial weights, batch order), so the
    /// interval is usually much narrower than the two settings' own intervals. An interval that excludes 0 shows
    /// a difference at the given confidence level.
    /// </summary>
    /// <param name="a">One measurement per seed.</param>
    /// <param name="b">One measurement per seed, in the same seed order, as many as <paramref name="a"/>.</param>
    /// <param name="level">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The interval of the mean of aᵢ − bᵢ.</returns>
    public static MeanInterval OfDifferences(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"Paired measurements need one value per seed on both sides, but a has {a.Count} and b has {b.Count}.", nameof(b));
        }

        return Of(a.Zip(b, (x, y) => x - y), level);
    }

    /// <summary>Whether the whole interval lies below zero (for a difference: a is smaller than b at this confidence).</summary>
    public bool IsBelowZero => IsFinite && High < 0;

    /// <summary>Whether the whole interval lies above zero.</summary>
    public bool IsAboveZero => IsFinite && Low > 0;

    /// <summary>"mean ± half-width" with three significant digits, or "diverged".</summary>
    public override string ToString() => !IsFinite
        ? "diverged"
        : double.IsNaN(HalfWidth) ? $"{Mean:G3}" : $"{Mean:G3} ± {HalfWidth:G2}";
}
