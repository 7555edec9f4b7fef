using System.Globalization;
using System.Text.Json;
using Course.Checks.Exercises;
using Course.Grading.Worker;

namespace Course.Grading.Tests.Boundary;

/// <summary>
/// What crosses the trust boundary for an exercise: the probe the grader sends a worker, serialized exactly as it
/// travels. It must carry the hidden cases' inputs and nothing of the library's reference trajectory beyond the
/// starting state, so a learner's code in the sandbox cannot read the answers of later steps from its inputs.
/// </summary>
public sealed class ProbeContentTests
{
    public static TheoryData<string> StepExercises() => [.. ExerciseCatalog.ById.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(StepExercises))]
    public void The_probe_holds_no_reference_state_after_the_first(string exerciseId)
    {
        const int seed = 271828;
        var exercise = ExerciseCatalog.ById[exerciseId];
        var probe = ExerciseProbes.Create(exerciseId, seed);
        Assert.NotNull(probe);
        var travelling = JsonSerializer.Serialize(probe, GradingJson.Options);
        var numbers = NumbersIn(JsonDocument.Parse(travelling).RootElement).ToHashSet();

        var cases = HiddenCases.For(exercise, seed);
        var leaked = cases.SelectMany(c =>
        {
            var reference = exercise.Reference(c);
            var inputs = InputsOf(c, reference[0]).ToHashSet();
            return reference.Skip(1).SelectMany(state => state.SelectMany(b => b)).Where(x => !inputs.Contains(x) && numbers.Contains(x));
        }).ToList();

        Assert.True(leaked.Count == 0, $"{leaked.Count} reference values after step 0 travel to the worker, e.g. {string.Join(", ", leaked.Take(3).Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}");
        Assert.All(cases, c => Assert.All(exercise.Reference(c)[0].SelectMany(b => b), x => Assert.Contains(x, numbers)));
    }

    /// <summary>Every number a case legitimately gives the learner: its initial state, gradients, field and hyperparameters.</summary>
    private static IEnumerable<double> InputsOf(StepCase c, double[][] initial) =>
        initial.SelectMany(b => b)
            .Concat(c.Gradients.SelectMany(g => g))
            .Concat(c.Field is { } f ? f.Curvature.Concat(f.Centre).Concat(f.Cubic) : [])
            .Concat([c.LearningRate, c.Momentum, c.Alpha, c.Beta1, c.Beta2, c.Eps, c.WeightDecay, c.StartLearningRate, c.MinLearningRate, c.WarmupSteps, c.TotalSteps, 0]);

    private static IEnumerable<double> NumbersIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(NumbersIn),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => NumbersIn(p.Value)),
        _ => [],
    };
}
