namespace Course.Checks.Exercises;

/// <summary>Compares a learner's output buffers with expected ones, within a tolerance that forgives rounding order.</summary>
internal static class StepComparison
{
    /// <summary>Relative tolerance: 1e-7 of the expected value's magnitude.</summary>
    public const double Relative = 1e-7;

    /// <summary>Absolute tolerance for values near zero.</summary>
    public const double Absolute = 1e-10;

    /// <summary>Whether two numbers agree; NaN agrees with NaN and an infinity with the same infinity.</summary>
    public static bool Close(double got, double expected)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            return got.Equals(expected);
        }

        return double.IsFinite(got) && Math.Abs(got - expected) <= Absolute + (Relative * Math.Abs(expected));
    }

    /// <summary>Whether every buffer of <paramref name="got"/> agrees with <paramref name="expected"/>.</summary>
    public static bool Close(double[]?[] got, double[][] expected) =>
        got.Length == expected.Length && got.Zip(expected).All(p => p.First is { } g && g.Length == p.Second.Length && g.Zip(p.Second).All(x => Close(x.First, x.Second)));

    /// <summary>The first thing wrong with <paramref name="got"/>, or <see langword="null"/> when it agrees.</summary>
    public static string? Problem(double[]?[] got, double[][] expected, IReadOnlyList<string> names)
    {
        for (var b = 0; b < expected.Length; b++)
        {
            var name = names[b];
            var buffer = b < got.Length ? got[b] : null;
            if (buffer is null)
            {
                return $"your function returned null for {name}";
            }

            if (buffer.Length != expected[b].Length)
            {
                return $"{name} has {buffer.Length} values but should have {expected[b].Length}, one per weight";
            }

            var nan = Array.FindIndex(buffer, x => !double.IsFinite(x));
            if (nan >= 0 && double.IsFinite(expected[b][nan]))
            {
                return $"{name}[{nan}] is {VectorText.Of(buffer[nan])}: look for a division by zero or the square root of a negative number";
            }
        }

        for (var b = 0; b < expected.Length; b++)
        {
            var i = Enumerable.Range(0, expected[b].Length).FirstOrDefault(i => !Close(got[b]![i], expected[b][i]), -1);
            if (i >= 0)
            {
                return $"{names[b]}[{i}] is {VectorText.Of(got[b]![i])} but should be {VectorText.Of(expected[b][i])}";
            }
        }

        return null;
    }
}
