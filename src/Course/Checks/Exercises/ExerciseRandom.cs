namespace Course.Checks.Exercises;

/// <summary>Random hyperparameters and vectors for hidden cases, rounded so feedback stays readable.</summary>
internal static class ExerciseRandom
{
    /// <summary>A uniform number in [<paramref name="low"/>, <paramref name="high"/>), rounded to 4 decimals.</summary>
    public static double Uniform(Random random, double low, double high) => Math.Round(low + ((high - low) * random.NextDouble()), 4);

    /// <summary>A vector of <paramref name="length"/> numbers of either sign with magnitudes in [0.05, 1)·<paramref name="scale"/>, so every coordinate moves.</summary>
    public static double[] Vector(Random random, int length, double scale)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            var magnitude = Uniform(random, 0.05, 1) * scale;
            values[i] = Math.Round(random.Next(2) == 0 ? -magnitude : magnitude, 4);
        }

        return values;
    }

    /// <summary>One gradient vector per step.</summary>
    public static double[][] Gradients(Random random, int steps, int length, double scale) =>
        Enumerable.Range(0, steps).Select(_ => Vector(random, length, scale)).ToArray();
}
