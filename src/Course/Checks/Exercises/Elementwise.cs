namespace Course.Checks.Exercises;

/// <summary>Builds a vector one element at a time, for writing the reference rule and its wrong variants readably.</summary>
internal static class Elementwise
{
    /// <summary>A new array of <paramref name="length"/> elements, element i being <paramref name="element"/>(i).</summary>
    public static double[] Build(int length, Func<int, double> element)
    {
        var result = new double[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = element(i);
        }

        return result;
    }
}
