using System.Numerics;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>
/// Each optimizer's vector loop against its scalar loop. A long parameter goes through the vector loop, which also
/// prefetches ahead of itself; the same numbers held as one-element parameters go through the scalar loop only. The
/// scalar loop is the documented rule element by element, so the two must agree to the bit.
/// </summary>
public sealed class VectorLoopTests
{
    // Longer than the prefetch distance (2 KB ahead) in both types, and not a whole number of vectors.
    private const int Length = 1029;

    private const int Steps = 6;

    [Theory]
    [MemberData(nameof(OptimizerCatalog.Names), MemberType = typeof(OptimizerCatalog))]
    public void A_long_parameter_steps_exactly_as_its_elements_stepped_alone_in_double(string optimizer) =>
        AssertSameAsScalar<double>(optimizer);

    [Theory]
    [MemberData(nameof(OptimizerCatalog.Names), MemberType = typeof(OptimizerCatalog))]
    public void A_long_parameter_steps_exactly_as_its_elements_stepped_alone_in_float(string optimizer) =>
        AssertSameAsScalar<float>(optimizer);

    private static void AssertSameAsScalar<T>(string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(20261201);
        var start = Draw<T>(random, Length);
        var whole = new Parameter<T>("whole", start.ToArray());
        var elements = start.Select((x, i) => new Parameter<T>($"e{i}", [x])).ToArray();
        var vectorized = OptimizerCatalog.Create(name, [new ParameterGroup<T>([whole])]);
        var scalar = OptimizerCatalog.Create(name, [new ParameterGroup<T>(elements)]);
        for (var t = 0; t < Steps; t++)
        {
            var gradient = Draw<T>(random, Length);
            gradient.CopyTo(whole.Gradient, 0);
            for (var i = 0; i < Length; i++)
            {
                elements[i].Gradient[0] = gradient[i];
            }

            vectorized.Step();
            scalar.Step();
        }

        var mismatches = Enumerable.Range(0, Length).Where(i => whole.Value[i] != elements[i].Value[0]).ToArray();
        Assert.True(
            mismatches.Length == 0,
            $"{name}: {mismatches.Length} of {Length} elements differ, first at {mismatches.FirstOrDefault()}: " +
            $"{(mismatches.Length == 0 ? "" : $"{whole.Value[mismatches[0]]} vs {elements[mismatches[0]].Value[0]}")}");
    }

    private static T[] Draw<T>(Random random, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, count).Select(_ => T.CreateChecked((random.NextDouble() * 4) - 2)).ToArray();
}
