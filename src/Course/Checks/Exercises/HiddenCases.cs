using System.Globalization;

namespace Course.Checks.Exercises;

/// <summary>
/// Where hidden cases come from: a seeded random generator per exercise. The default seed is public, so a
/// learner's local run is reproducible; a grader sets the environment variable
/// <see cref="SeedVariable"/> to a secret (any string) so the graded cases appear in no file a student has.
/// </summary>
internal static class HiddenCases
{
    /// <summary>The environment variable a grader sets to a secret seed: <c>COURSE_CHECK_SEED</c>.</summary>
    public const string SeedVariable = "COURSE_CHECK_SEED";

    /// <summary>The seed used when <see cref="SeedVariable"/> is not set.</summary>
    public const int DefaultSeed = 20260;

    /// <summary>The seed in force: the variable's integer value, a stable hash of any other text, or <see cref="DefaultSeed"/>.</summary>
    public static int Seed => SeedFrom(Environment.GetEnvironmentVariable(SeedVariable));

    /// <summary>The seed a value of <see cref="SeedVariable"/> stands for.</summary>
    public static int SeedFrom(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultSeed;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : StableHash.Of(text.Trim());
    }

    /// <summary>The hidden cases of <paramref name="exercise"/> for <paramref name="seed"/>.</summary>
    public static IReadOnlyList<StepCase> For(ExerciseDefinition exercise, int seed)
    {
        var random = new Random(unchecked(seed * 31) ^ StableHash.Of(exercise.Id));
        return Enumerable.Range(1, exercise.CaseCount).Select(n => exercise.Generate(random, n)).ToArray();
    }
}
