using System.Numerics;
using System.Text.Json;
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
        var initial = golden.Sequence.GetProperty("initial");
        var gradients = golden.Sequence.GetProperty("gradients");
        var parameters = new Dictionary<string, Parameter<T>>();
        var groups = golden.Case.GetProperty("groups").EnumerateArray().Select(group =>
        {
            var members = group.GetProperty("params").EnumerateArray().Select(n => n.GetString()!).Select(name =>
                parameters[name] = new Parameter<T>(name, Values<T>(initial.GetProperty(name)))).ToArray();
            return new ParameterGroup<T>(
                members,
                group.TryGetProperty("lr", out var lr) ? lr.GetDouble() : null,
                group.TryGetProperty("weight_decay", out var wd) ? wd.GetDouble() : null);
        }).ToArray();
        var optimizer = TorchOptions.Create(golden.Optimizer, golden.Options, groups);
        for (var t = 0; t < Steps; t++)
        {
            foreach (var (name, parameter) in parameters)
            {
                Values<T>(gradients.GetProperty(name)[t]).CopyTo(parameter.Gradient, 0);
            }

            optimizer.Step();
        }

        return parameters.ToDictionary(p => p.Key, p => p.Value.Value);
    }

    private static T[] Values<T>(JsonElement array) where T : unmanaged, IFloatingPointIeee754<T> =>
        array.EnumerateArray().Select(v => T.CreateChecked(v.GetDouble())).ToArray();
}
