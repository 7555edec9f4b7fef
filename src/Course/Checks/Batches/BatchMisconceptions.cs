namespace Course.Checks.Batches;

/// <summary>The named mistakes the mini-batch exercise (<c>"minibatch-epoch"</c>) recognises.</summary>
public static class BatchMisconceptions
{
    /// <summary>The examples come out in their stored order, so every epoch sees the same batches.</summary>
    public static Misconception NotShuffled { get; } = new("not-shuffled", "Batches not shuffled",
        "The batches take the examples in their stored order, so every epoch repeats the same batches (and sorted data gives batches of one class). Shuffle the indices before cutting them.");

    /// <summary>The last, smaller batch is missing, so some examples are never used.</summary>
    public static Misconception LastBatchDropped { get; } = new("last-batch-dropped", "Last partial batch dropped",
        "When b does not divide n, the n mod b examples left over form a last, smaller batch; leaving it out skips them for the whole epoch. Expect ⌈n / b⌉ batches.");

    /// <summary>Batches are drawn with replacement, so some examples appear twice and others never.</summary>
    public static Misconception WithReplacement { get; } = new("with-replacement", "Examples drawn with replacement",
        "Some examples appear more than once in the epoch and others not at all. An epoch is a permutation: every index exactly once.");

    /// <summary>The function ignores the generator it is given, so a seed does not reproduce the epoch.</summary>
    public static Misconception IgnoresGivenRandom { get; } = new("ignores-given-random", "Ignores the given random generator",
        "Two calls with identically seeded generators gave different batches, so the function draws from a generator of its own. Use the Random passed in, so a seed reproduces the run.");
}
