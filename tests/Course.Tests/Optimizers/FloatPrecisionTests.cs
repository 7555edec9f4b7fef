using System.Numerics;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>The float32 path follows the double path (itself checked against torch) over a short run.</summary>
public sealed class FloatPrecisionTests
{
    private const int Steps = 10;
    private const double Relative = 1e-5;
    private const double AbsoluteFloor = 1e-6;

    public static TheoryData<string> SequenceCases =>
        new(TorchFixtures.All.Values.Where(c => !c.IsSurface).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(SequenceCases))]
    public void Float_stays_within_1e_5_relative_of_double(string caseName)
    {
        var golden = TorchFixtures.All[caseName];
        var asDouble = Run<double>(golden);
        var asFloat = Run<float>(golden);
        foreach (var (name, expected) in asDouble)
        {
            for (var i = 0; i < expected.Length; i++)
            {
                var actual = (double)asFloat[name][i];
                var tolerance = Math.Max(Relative * Math.Abs(expected[i]), AbsoluteFloor);
                Assert.True(
                    Math.Abs(actual - expected[i]) <= tolerance,
                    $"{caseName}: {name}[{i}] after {Steps} steps: double {expected[i]:R}, float {actual:R}");
            }
        }
    }

    private static Dictionary<string, T[]> Run<T>(TorchCase golden) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var last = new Dictionary<string, T[]>();
        TorchSequence.Replay<T>(golden, Steps, (_, name, value) => last[name] = value);
        return last;
    }
}
