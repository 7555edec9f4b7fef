using System.Text.Json;
using Course.Optimizers;
using Course.Training.Schedules;

namespace Course.Tests.Training;

/// <summary>Schedules against the learning rates torch.optim.lr_scheduler set (Fixtures/Schedules/generate_schedule_reference.py).</summary>
public sealed class ScheduleGoldenTests
{
    private static readonly Dictionary<string, ILearningRateSchedule> Schedules = new()
    {
        ["step_3_0.5"] = new StepDecay(3, 0.5),
        ["step_1_default"] = new StepDecay(1),
        ["exponential_0.9"] = new ExponentialDecay(0.9),
        ["cosine_10"] = new CosineAnnealing(10),
        ["cosine_12_min_0.1"] = new CosineAnnealing(12, MinFactor: 0.1),
        ["cosine_6_min_0.1_past_t_max"] = new CosineAnnealing(6, MinFactor: 0.1, ContinuePastEnd: true),
        ["linear_5_default"] = new LinearWarmup(5),
        ["linear_8_0.1"] = new LinearWarmup(8, StartFactor: 0.1),
        ["warmup_5_0.1_then_cosine_15"] = Schedule.WarmupCosine(5, 20, warmupStartFactor: 0.1),
        ["linear_4_0.25_then_exponential_0.8_then_step_3_0.5"] = new SequentialSchedule(
            [new LinearWarmup(4, 0.25), new ExponentialDecay(0.8), new StepDecay(3, 0.5)], [4, 10]),
        ["chained_exponential_0.9_step_4_0.5"] = new ChainedSchedule(new ExponentialDecay(0.9), new StepDecay(4, 0.5)),
    };

    public static TheoryData<string> CaseNames => new(Schedules.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Scheduler_sets_every_group_to_the_learning_rate_pytorch_sets(string name)
    {
        var golden = Load(name);
        var groups = golden.InitialLrs.Select((lr, i) => new ParameterGroup<double>([new Parameter<double>($"p{i}", [0.0])], lr, name: $"g{i}"));
        var optimizer = new Sgd<double>(groups);
        var scheduler = new LearningRateScheduler(optimizer, Schedules[name]);

        for (var t = 0; t < golden.Lrs.Length; t++)
        {
            for (var g = 0; g < golden.InitialLrs.Length; g++)
            {
                var expected = golden.Lrs[t][g];
                Assert.True(
                    Math.Abs(expected - scheduler.LearningRates[g]) <= 1e-12 * Math.Max(expected, 1e-3),
                    $"{name}, step {t}, group {g}: torch {expected}, ours {scheduler.LearningRates[g]}");
            }

            optimizer.Step();
            scheduler.Step();
        }
    }

    [Fact]
    public void Every_fixture_case_is_tested()
    {
        Assert.Equal(Schedules.Keys.Order(), ReadAll().Select(c => c.Name).Order());
    }

    private static GoldenCase Load(string name) => ReadAll().Single(c => c.Name == name);

    private static GoldenCase[] ReadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schedules", "schedules.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new GoldenCase(
            c.GetProperty("name").GetString()!,
            c.GetProperty("initial_lrs").EnumerateArray().Select(v => v.GetDouble()).ToArray(),
            c.GetProperty("lrs").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray())).ToArray();
    }

    private sealed record GoldenCase(string Name, double[] InitialLrs, double[][] Lrs);
}
