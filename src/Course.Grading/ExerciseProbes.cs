using Course.Checks;
using Course.Checks.Batches;
using Course.Checks.Exercises;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// The trusted side of an exercise: draws the hidden cases from the secret seed, gives the worker only their
/// inputs (<see cref="Create"/>), and judges the outputs the worker reports against the library's reference
/// (<see cref="Grade"/>). The seed and every reference state after the first never leave this process: the worker feeds
/// the learner's function its own state from step to step (<see cref="StepChain"/>).
/// </summary>
public static class ExerciseProbes
{
    /// <summary>The seed in force for <paramref name="seed"/> (any text; <see langword="null"/> or empty means the public seed).</summary>
    /// <param name="seed">The grader's secret, as given on the command line or in COURSE_CHECK_SEED.</param>
    public static int SeedFrom(string? seed) => HiddenCases.SeedFrom(seed);

    /// <summary>The inputs of every hidden case of <paramref name="exerciseId"/>, or <see langword="null"/> for an unknown id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <param name="seed">The hidden-case seed.</param>
    public static ExerciseProbe? Create(string exerciseId, int seed)
    {
        if (exerciseId == EpochBatchesChecker.Id)
        {
            return new ExerciseProbe(exerciseId, null, EpochBatchesChecker.Cases(seed).Select(c => new BatchProbeCase(c.N, c.BatchSize, c.Seed)).ToArray());
        }

        return ExerciseCatalog.ById.TryGetValue(exerciseId, out var exercise)
            ? new ExerciseProbe(exerciseId, HiddenCases.For(exercise, seed).Select(c => new StepProbeCase(StepCaseData.From(c), exercise.Reference(c)[0])).ToArray(), null)
            : null;
    }

    /// <summary>Grades what the worker reported for <paramref name="exerciseId"/>, exactly as the notebook's own check would grade those outputs.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <param name="seed">The hidden-case seed.</param>
    /// <param name="report">The worker's report of the learner's outputs.</param>
    public static CheckResult Grade(string exerciseId, int seed, ProbeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var limit = ProbeRunner.CaseTimeLimit;
        if (exerciseId == EpochBatchesChecker.Id)
        {
            var cases = EpochBatchesChecker.Cases(seed);
            var calls = new Dictionary<int, int>();
            return EpochBatchesChecker.Check(exerciseId, (n, b, caseSeed) =>
            {
                var index = cases.ToList().FindIndex(c => c.N == n && c.BatchSize == b && c.Seed == caseSeed);
                var count = calls[index] = calls.GetValueOrDefault(index) + 1;
                var reported = report.Batches is { } all && index >= 0 && index < all.Count ? all[index] : null;
                var call = count == 1 ? reported?.First : reported?.Again;
                return call is null ? (null, new ReportedException("MissingResult", "no result came back for this call"), false) : (call.Batches, Exception(call.Error), call.TimedOut);
            }, seed, limit);
        }

        var exercise = ExerciseCatalog.ById[exerciseId];
        var runs = report.Steps ?? [];
        var caseIndex = 0;
        return ExerciseGrader.Grade(exercise, seed, limit, (stepCase, _) =>
        {
            var run = caseIndex < runs.Count ? runs[caseIndex] : null;
            caseIndex++;
            return run is null
                ? new LearnerRun([], new ReportedException("MissingResult", "no result came back for this case"), false)
                : new LearnerRun(run.Outputs.Take(stepCase.Steps + 1).ToArray(), Exception(run.Error), run.TimedOut);
        });
    }

    private static Exception? Exception(ThrownError? error) => error switch
    {
        null => null,
        { Type: nameof(NotImplementedException) } => new NotImplementedException(error.Message),
        _ => new ReportedException(error.Type, error.Message),
    };
}
