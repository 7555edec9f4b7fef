using System.Text.Json;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>
/// Every optimizer and option against trajectories recorded from torch.optim (float64) by
/// Fixtures/generate_torch_reference.py: every step's parameters must agree to 1e-13 relative (the steps fuse
/// multiply-adds where torch's kernels do, so they differ from torch only where the surfaces' closed-form gradients
/// round differently from autograd).
/// </summary>
public sealed class TorchGoldenTests
{
    private const double Relative = 1e-13;
    private const double AbsoluteFloor = 1e-15;

    public static TheoryData<string> CaseNames => new(TorchFixtures.All.Keys);

    [Fact]
    public void Every_optimizer_has_sequence_surface_and_parameter_group_cases()
    {
        foreach (var optimizer in TorchFixtures.Optimizers)
        {
            var names = TorchFixtures.All.Values.Where(c => c.Optimizer == optimizer).Select(c => c.Name).ToArray();
            Assert.Contains($"{optimizer}/sequence/two_param_groups", names);
            Assert.Contains($"{optimizer}/sequence/lr_changed_each_step", names);
            foreach (var input in new[] { "sequence", "quadratic", "rosenbrock", "beale", "saddle" })
            {
                Assert.Contains(names, n => n.StartsWith($"{optimizer}/{input}/", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_torch_at_every_step(string caseName)
    {
        var golden = TorchFixtures.All[caseName];
        if (golden.IsSurface)
        {
            RunSurface(golden);
        }
        else
        {
            RunSequence(golden);
        }
    }

    private static void RunSequence(TorchCase golden) =>
        TorchSequence.Replay<double>(golden, golden.Sequence.GetProperty("steps").GetInt32(), (t, name, value) =>
            AssertClose(golden.Trajectory.GetProperty(name)[t], value, $"{golden.Name}: {name} after step {t + 1}"));

    private static void RunSurface(TorchCase golden)
    {
        var surface = golden.Case.GetProperty("surface").GetString()!;
        var sign = golden.Case.GetProperty("objective_sign").GetDouble();
        var xy = new Parameter<double>("xy", Doubles(golden.Case.GetProperty("start")));
        var optimizer = TorchOptions.Create(golden.Optimizer, golden.Options, [new ParameterGroup<double>([xy])]);
        var step = 0;
        foreach (var expected in golden.Trajectory.EnumerateArray())
        {
            var (dx, dy) = Gradient(surface, xy.Value[0], xy.Value[1]);
            xy.Gradient[0] = sign * dx;
            xy.Gradient[1] = sign * dy;
            optimizer.Step();
            AssertClose(expected, xy.Value, $"{golden.Name}: (x, y) after step {++step}");
        }
    }

    /// <summary>The surfaces' gradients in closed form (the fixtures took them with autograd).</summary>
    private static (double Dx, double Dy) Gradient(string surface, double x, double y) => surface switch
    {
        // f = ½(x² + 10y²)
        "quadratic" => (x, 10 * y),
        // f = (1 − x)² + 100(y − x²)²
        "rosenbrock" => ((-2 * (1 - x)) - (400 * x * (y - (x * x))), 200 * (y - (x * x))),
        // f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²
        "beale" => BealeGradient(x, y),
        // f = x² − y²
        "saddle" => (2 * x, -2 * y),
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, "unknown surface"),
    };

    private static (double Dx, double Dy) BealeGradient(double x, double y)
    {
        var a = 1.5 - x + (x * y);
        var b = 2.25 - x + (x * y * y);
        var c = 2.625 - x + (x * y * y * y);
        var dx = (2 * a * (y - 1)) + (2 * b * ((y * y) - 1)) + (2 * c * ((y * y * y) - 1));
        var dy = (2 * a * x) + (2 * b * 2 * x * y) + (2 * c * 3 * x * y * y);
        return (dx, dy);
    }

    private static void AssertClose(JsonElement expected, double[] actual, string where)
    {
        var values = Doubles(expected);
        Assert.Equal(values.Length, actual.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var tolerance = Math.Max(Relative * Math.Abs(values[i]), AbsoluteFloor);
            Assert.True(
                Math.Abs(actual[i] - values[i]) <= tolerance,
                $"{where}, element {i}: torch {values[i]:R}, library {actual[i]:R} (difference {Math.Abs(actual[i] - values[i]):E2}, tolerance {tolerance:E2})");
        }
    }

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
