using Course.Checks.Exercises;

namespace Course.Checks.Batches;

/// <summary>
/// Checks a learner's <see cref="EpochBatches"/> on hidden (n, b) cases by the properties an epoch must have —
/// ⌈n / b⌉ batches of b (the last one n − b·(⌈n / b⌉ − 1)), every index 0 … n − 1 exactly once, an order that
/// is shuffled and that a seed reproduces — and names the mistake when one is recognised. Nothing the
/// learner's code does escapes as an exception.
/// </summary>
internal static class EpochBatchesChecker
{
    /// <summary>The exercise id.</summary>
    public const string Id = "minibatch-epoch";

    private const string Title = "Mini-batches of one epoch";

    /// <summary>The hidden cases, five: b not dividing n, b dividing n, b = 1, b = n, and a larger n.</summary>
    public static IReadOnlyList<(int N, int BatchSize, int Seed)> Cases(int seed)
    {
        var random = new Random(unchecked(seed * 31) ^ StableHash.Of(Id));
        var b1 = random.Next(3, 7);
        var n1 = (b1 * random.Next(2, 5)) + random.Next(1, b1);
        var b2 = random.Next(2, 6);
        var n2 = b2 * random.Next(3, 6);
        var n3 = random.Next(8, 13);
        var n4 = random.Next(8, 13);
        var b5 = random.Next(5, 11);
        var n5 = (b5 * random.Next(4, 8)) + random.Next(1, b5);
        return
        [
            (n1, b1, random.Next()), (n2, b2, random.Next()), (n3, 1, random.Next()), (n4, n4, random.Next()), (n5, b5, random.Next()),
        ];
    }

    /// <summary>Grades <paramref name="learner"/> on the cases for <paramref name="seed"/>.</summary>
    /// <param name="id">The exercise id the learner asked for.</param>
    /// <param name="learner">The learner's function, possibly null.</param>
    /// <param name="seed">The hidden-case seed.</param>
    /// <param name="timeLimit">How long one call may take.</param>
    public static CheckResult Check(string? id, EpochBatches? learner, int seed, TimeSpan timeLimit) =>
        Check(id, learner is null ? null : (n, b, caseSeed) => Call(learner, n, b, caseSeed, timeLimit), seed, timeLimit);

    /// <summary>
    /// Grades the calls <paramref name="call"/> reports (n, batch size, the seed of the <see cref="Random"/> given): the
    /// grader's side of the trust boundary, where the calls ran in a sandboxed process. Each case calls twice with the same seed.
    /// </summary>
    /// <param name="id">The exercise id the learner asked for.</param>
    /// <param name="call">The learner's batches, error or time-out for one call, or <see langword="null"/> when no function was given.</param>
    /// <param name="seed">The hidden-case seed.</param>
    /// <param name="timeLimit">How long one call may take, for messages.</param>
    public static CheckResult Check(string? id, Func<int, int, int, (int[][]? Batches, Exception? Error, bool TimedOut)>? call, int seed, TimeSpan timeLimit)
    {
        var key = id?.Trim() ?? string.Empty;
        var cases = Cases(seed);
        if (key != Id)
        {
            return new CheckResult(id ?? "(null)", CheckKind.Exercise, false, 0, 0,
                $"A function of the shape EpochBatches(n, batchSize, random) is checked by the exercise \"{Id}\", not \"{id}\".");
        }

        if (call is null)
        {
            return new CheckResult(Id, CheckKind.Exercise, false, 0, cases.Count,
                "No function was given (null). Pass the name of your function, for example Exercise.Check(\"minibatch-epoch\", MyEpochBatches).")
            {
                Unanswered = true,
            };
        }

        var passed = 0;
        var details = new List<string>();
        var recognised = new List<Misconception>();
        foreach (var (n, b, caseSeed) in cases)
        {
            var label = $"Case n = {n}, batch size = {b}";
            var first = call(n, b, caseSeed);
            if (first.Error is NotImplementedException)
            {
                return new CheckResult(Id, CheckKind.Exercise, false, 0, cases.Count,
                    "Not implemented yet: your function throws NotImplementedException. Replace the throw with your implementation and run this cell again.")
                {
                    Prompt = Title,
                    Unanswered = true,
                };
            }

            if (first.TimedOut)
            {
                details.Add($"{label} ✗ your function did not finish within {timeLimit.TotalSeconds:0.#} s (an endless loop?). The remaining cases were skipped.");
                break;
            }

            var (problem, misconception) = first.Error is { } error
                ? ($"your function threw {ReportedException.NameOf(error)}: {error.Message}", null)
                : Inspect(first.Batches, n, b);
            if (problem is null)
            {
                var again = call(n, b, caseSeed);
                if (again.Batches is null || !Flatten(again.Batches).SequenceEqual(Flatten(first.Batches!)))
                {
                    (problem, misconception) = ("a second call with an identically seeded Random gave different batches", BatchMisconceptions.IgnoresGivenRandom);
                }
            }

            if (problem is null)
            {
                passed++;
                details.Add($"{label} ✓ ({first.Batches!.Length} batches)");
                continue;
            }

            if (misconception is not null)
            {
                recognised.Add(misconception);
            }

            details.Add($"{label} ✗ {problem}" + (misconception is null ? string.Empty : $" — this matches “{misconception.Title}”."));
        }

        var common = recognised.GroupBy(m => m.Id).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        var correct = passed == cases.Count;
        var feedback = correct
            ? $"All {cases.Count} hidden cases pass: every epoch is a shuffled, reproducible partition into ⌈n / b⌉ batches."
            : $"{passed} of {cases.Count} hidden cases pass.{(common is null ? string.Empty : $" Your batches match a known mistake: {common.Title.ToLowerInvariant()}.")} The details are below.";
        return new CheckResult(Id, CheckKind.Exercise, correct, passed, cases.Count, feedback, correct ? null : common)
        {
            Prompt = $"{Title}: checked on {cases.Count} hidden (n, batch size) cases, seed {(seed == HiddenCases.DefaultSeed ? "default" : "set by the grader")}.",
            Details = details,
        };
    }

    /// <summary>What is wrong with <paramref name="batches"/> as one epoch of (n, b), and the mistake it matches; (null, null) when right.</summary>
    internal static (string? Problem, Misconception? Misconception) Inspect(int[][]? batches, int n, int b)
    {
        if (batches is null)
        {
            return ("your function returned null", null);
        }

        if (batches.Any(batch => batch is null || batch.Length == 0))
        {
            return ("one of the batches is null or empty", null);
        }

        var expectedCount = (n + b - 1) / b;
        var all = Flatten(batches);
        if (all.Any(i => i < 0 || i >= n))
        {
            return ($"an index is outside 0 … {n - 1}: {all.First(i => i < 0 || i >= n)}", null);
        }

        var distinct = all.Distinct().Count();
        if (batches.Length == n / b && n % b != 0 && batches.All(batch => batch.Length == b) && distinct == all.Length)
        {
            return ($"{batches.Length} batches of {b} cover only {all.Length} of the {n} examples; expected {expectedCount} batches, the last holding {n % b}", BatchMisconceptions.LastBatchDropped);
        }

        if (batches.Length != expectedCount)
        {
            return ($"{batches.Length} batches, expected ⌈{n} / {b}⌉ = {expectedCount}", null);
        }

        var sizesRight = batches.Take(expectedCount - 1).All(batch => batch.Length == b) && batches[^1].Length == n - (b * (expectedCount - 1));
        if (!sizesRight)
        {
            return ($"batch sizes {string.Join(", ", batches.Select(batch => batch.Length))}, expected {expectedCount - 1} of {b} and a last one of {n - (b * (expectedCount - 1))}", null);
        }

        if (distinct != n)
        {
            var repeated = all.GroupBy(i => i).First(g => g.Count() > 1).Key;
            return ($"index {repeated} appears more than once and {n - distinct} examples are missing", BatchMisconceptions.WithReplacement);
        }

        if (n >= 8 && all.SequenceEqual(Enumerable.Range(0, n)))
        {
            return ("the indices come out in order 0, 1, 2, …", BatchMisconceptions.NotShuffled);
        }

        return (null, null);
    }

    private static int[] Flatten(int[][] batches) => batches.SelectMany(batch => batch).ToArray();

    private static (int[][]? Batches, Exception? Error, bool TimedOut) Call(EpochBatches learner, int n, int b, int seed, TimeSpan timeLimit)
    {
        int[][]? result = null;
        Exception? error = null;
        var finished = TimeLimited.Run(
            () =>
            {
                try
                {
                    result = learner(n, b, new Random(seed));
                }
#pragma warning disable CA1031 // Any exception from the learner's code becomes feedback.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                }
            },
            timeLimit);
        return finished ? (result, error, false) : (null, null, true);
    }
}
