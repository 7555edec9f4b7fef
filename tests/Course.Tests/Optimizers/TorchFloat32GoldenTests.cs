namespace Course.Tests.Optimizers;

/// <summary>
/// Every optimizer in float32 against torch.optim in float32 (Fixtures/Optimizers/Float32, written by
/// Fixtures/generate_torch_reference.py at torch's default dtype): over 100 steps, every element of every
/// parameter after every step is within <see cref="MaxUlps"/> units in the last place of torch's value.
/// </summary>
public sealed class TorchFloat32GoldenTests
{
    /// <summary>The tolerance, in float32 units in the last place.</summary>
    private const int MaxUlps = 4;

    public static TheoryData<string> CaseNames => new(TorchFixtures.Float32.Keys);

    [Fact]
    public void Every_optimizer_has_float32_cases_of_100_steps()
    {
        foreach (var optimizer in TorchFixtures.Optimizers)
        {
            var cases = TorchFixtures.Float32.Values.Where(c => c.Optimizer == optimizer).ToArray();
            Assert.Contains(cases, c => c.Name == $"{optimizer}/sequence/two_param_groups");
            Assert.Contains(cases, c => c.Name == $"{optimizer}/sequence/lr_changed_each_step");
            Assert.All(cases, c => Assert.Equal(100, c.Sequence.GetProperty("steps").GetInt32()));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_torch_float32_within_4_ulp_at_every_step(string caseName)
    {
        var golden = TorchFixtures.Float32[caseName];
        TorchSequence.Replay<float>(golden, golden.Sequence.GetProperty("steps").GetInt32(), (t, name, value) =>
        {
            var expected = TorchSequence.Values<float>(golden.Trajectory.GetProperty(name)[t]);
            Assert.Equal(expected.Length, value.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                var ulps = UlpDistance(expected[i], value[i]);
                Assert.True(
                    ulps <= MaxUlps,
                    $"{caseName}: {name}[{i}] after step {t + 1}: torch {expected[i]:R}, library {value[i]:R} ({ulps} ulp apart)");
            }
        });
    }

    [Theory]
    [InlineData(1f, 1f, 0)]
    [InlineData(1f, 1.00000012f, 1)]
    [InlineData(0f, -0f, 0)]
    [InlineData(float.Epsilon, -float.Epsilon, 2)]
    [InlineData(-1f, -1.00000024f, 2)]
    public void Ulp_distance_counts_representable_floats_between(float a, float b, long expected) =>
        Assert.Equal(expected, UlpDistance(a, b));

    /// <summary>How many float32 values lie between a and b (0 when equal; +0 and −0 are equal).</summary>
    private static long UlpDistance(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
        {
            return long.MaxValue;
        }

        return Math.Abs(Ordered(a) - Ordered(b));

        // Maps floats to integers in the same order, one apart for adjacent floats, with −0 and +0 both at 0.
        static long Ordered(float x)
        {
            var bits = BitConverter.SingleToInt32Bits(x);
            return bits >= 0 ? bits : -(long)(bits & int.MaxValue);
        }
    }
}
