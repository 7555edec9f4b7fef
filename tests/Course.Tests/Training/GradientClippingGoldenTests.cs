using System.Text.Json;
using Course.Optimizers;
using Course.Training;

namespace Course.Tests.Training;

/// <summary>
/// Clipping against torch.nn.utils.clip_grad_norm_ and clip_grad_value_ on the same gradients
/// (Fixtures/Clipping/generate_clipping_reference.py).
/// </summary>
public sealed class GradientClippingGoldenTests
{
    private static readonly Dictionary<string, Func<Parameter<double>[], double?>> Clips = new()
    {
        ["norm_2_max_1_large"] = ps => GradientClipping.ClipByNorm(ps, 1.0),
        ["norm_2_max_100_untouched"] = ps => GradientClipping.ClipByNorm(ps, 100.0),
        ["norm_inf_max_0.5"] = ps => GradientClipping.ClipByNorm(ps, 0.5, double.PositiveInfinity),
        ["norm_1_max_2"] = ps => GradientClipping.ClipByNorm(ps, 2.0, normType: 1),
        ["value_0.3"] = ps => { GradientClipping.ClipByValue(ps, 0.3); return null; },
    };

    public static TheoryData<string> CaseNames => new(Clips.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Clipped_gradients_and_returned_norm_match_pytorch(string name)
    {
        var golden = ReadAll().Single(c => c.Name == name);
        var parameters = golden.Before.Select((g, i) => new Parameter<double>($"p{i}", new double[g.Length], g.ToArray())).ToArray();

        var norm = Clips[name](parameters);

        for (var p = 0; p < parameters.Length; p++)
        {
            for (var i = 0; i < golden.After[p].Length; i++)
            {
                Assert.Equal(golden.After[p][i], parameters[p].Gradient[i], 12);
            }
        }

        if (golden.TotalNorm is { } expected)
        {
            Assert.Equal(expected, norm!.Value, 12);
        }
    }

    [Fact]
    public void Every_fixture_case_is_tested()
    {
        Assert.Equal(Clips.Keys.Order(), ReadAll().Select(c => c.Name).Order());
    }

    [Fact]
    public void Bad_limits_name_the_argument()
    {
        Parameter<double>[] ps = [new("w", [0.0], [1.0])];
        Assert.Equal("maxNorm", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByNorm(ps, 0)).ParamName);
        Assert.Equal("normType", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByNorm(ps, 1, normType: 0.5)).ParamName);
        Assert.Equal("clipValue", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByValue(ps, -1)).ParamName);
    }

    private static GoldenCase[] ReadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Clipping", "clipping.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new GoldenCase(
            c.GetProperty("name").GetString()!,
            Arrays(c.GetProperty("before")),
            Arrays(c.GetProperty("after")),
            c.TryGetProperty("total_norm", out var n) ? n.GetDouble() : null)).ToArray();
    }

    private static double[][] Arrays(JsonElement element) =>
        element.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    private sealed record GoldenCase(string Name, double[][] Before, double[][] After, double? TotalNorm);
}
