using System.Numerics;

namespace Course.Training;

/// <summary>Two small span helpers the layer code reads better with.</summary>
internal static class SpanMath
{
    /// <summary>Adds <paramref name="value"/> to every element.</summary>
    public static void Add<T>(this Span<T> values, T value)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] += value;
        }
    }

    /// <summary>The sum of the elements.</summary>
    public static T Sum<T>(this Span<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
