using System.Numerics;

namespace Course.Benchmarks;

/// <summary>Benchmark inputs: values drawn uniformly from [−1, 1).</summary>
internal static class UniformDraw
{
    /// <summary>Draws two buffers of <paramref name="length"/> values, interleaved, from a generator seeded with 42.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    public static (T[] First, T[] Second) Pair<T>(int length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(42);
        var first = new T[length];
        var second = new T[length];
        for (var i = 0; i < length; i++)
        {
            first[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
            second[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
        }

        return (first, second);
    }
}
