using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Per-feature standardisation x′ = (x − μ) / σ with μ and σ fitted on one data set
/// (σ is the population standard deviation, as scikit-learn's <c>StandardScaler</c>).
/// </summary>
/// <param name="Means">μ of each feature.</param>
/// <param name="StandardDeviations">
/// σ of each feature; a constant feature (σ = 0) gets σ = 1, so it becomes 0 instead of NaN.
/// </param>
public sealed record Standardization(double[] Means, double[] StandardDeviations)
{
    /// <summary>Computes μ and σ of every feature of <paramref name="data"/>.</summary>
    public static Standardization Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var means = new double[data.FeatureCount];
        var deviations = new double[data.FeatureCount];
        for (var j = 0; j < data.FeatureCount; j++)
        {
            var column = data.Features.Column(j);
            var mean = column.Average();
            var variance = column.Select(x => (x - mean) * (x - mean)).Average();
            means[j] = mean;
            deviations[j] = variance > 0 ? Math.Sqrt(variance) : 1.0;
        }

        return new Standardization(means, deviations);
    }

    /// <summary>Returns <paramref name="data"/> with every feature mapped to (x − μ) / σ.</summary>
    public Dataset Apply(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != Means.Length)
        {
            throw new ArgumentException(
                $"data has {data.FeatureCount} features but this standardisation was fitted on {Means.Length}.", nameof(data));
        }

        var scaled = Matrix<double>.Build.Dense(
            data.Count, data.FeatureCount, (i, j) => (data.Features[i, j] - Means[j]) / StandardDeviations[j]);
        return data with { Features = scaled };
    }
}
