namespace Course.Training;

/// <summary>
/// Splits the sample indices 0 … n − 1 into mini-batches, reshuffled every epoch from a seed
/// (PyTorch's <c>DataLoader(shuffle=True, drop_last=…)</c> over indices).
/// </summary>
/// <remarks>
/// Every sample appears exactly once per epoch. There are ⌈n / b⌉ batches per epoch, the last one holding the
/// n mod b left-over samples, or ⌊n / b⌋ when <see cref="DropLast"/> drops that partial batch. The order of
/// epoch e depends only on the seed and e, so a run can be repeated exactly.
/// </remarks>
public sealed class BatchIterator
{
    /// <summary>Creates an iterator over <paramref name="sampleCount"/> samples.</summary>
    /// <param name="sampleCount">n, the number of samples, ≥ 1.</param>
    /// <param name="batchSize">b, samples per batch, in [1, n] (any b ≥ 1 when <paramref name="dropLast"/> is false).</param>
    /// <param name="seed">The seed of the shuffles.</param>
    /// <param name="dropLast">Drop the last, smaller batch when b does not divide n.</param>
    /// <param name="shuffle">Reshuffle every epoch; when false every epoch visits the samples in order.</param>
    public BatchIterator(int sampleCount, int batchSize, int seed = 0, bool dropLast = false, bool shuffle = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (dropLast && batchSize > sampleCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(batchSize), batchSize, $"batchSize must be ≤ sampleCount ({sampleCount}) when dropLast is true, or every batch would be dropped; it was {batchSize}.");
        }

        SampleCount = sampleCount;
        BatchSize = batchSize;
        Seed = seed;
        DropLast = dropLast;
        Shuffle = shuffle;
    }

    /// <summary>n, the number of samples.</summary>
    public int SampleCount { get; }

    /// <summary>b, the number of samples per full batch.</summary>
    public int BatchSize { get; }

    /// <summary>The seed the shuffles derive from.</summary>
    public int Seed { get; }

    /// <summary>Whether the last partial batch is dropped.</summary>
    public bool DropLast { get; }

    /// <summary>Whether each epoch is shuffled.</summary>
    public bool Shuffle { get; }

    /// <summary>Batches (optimizer steps) per epoch: ⌈n / b⌉, or ⌊n / b⌋ with <see cref="DropLast"/>.</summary>
    public int BatchesPerEpoch => DropLast ? SampleCount / BatchSize : (SampleCount + BatchSize - 1) / BatchSize;

    /// <summary>Samples visited per epoch: n, or b·⌊n / b⌋ with <see cref="DropLast"/>.</summary>
    public int SamplesPerEpoch => DropLast ? BatchesPerEpoch * BatchSize : SampleCount;

    /// <summary>Epochs handed out so far by <see cref="NextEpoch"/>.</summary>
    public int EpochsCompleted { get; private set; }

    /// <summary>The batches of the next epoch (epoch number <see cref="EpochsCompleted"/>), then advances the count.</summary>
    public IReadOnlyList<int[]> NextEpoch() => Epoch(EpochsCompleted++);

    /// <summary>The batches of epoch <paramref name="epoch"/>: index arrays, each of length b except perhaps the last.</summary>
    /// <param name="epoch">The epoch number, ≥ 0; the same number always gives the same batches.</param>
    public IReadOnlyList<int[]> Epoch(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var order = new int[SampleCount];
        FillOrder(epoch, order);
        var batches = new int[BatchesPerEpoch][];
        for (var i = 0; i < batches.Length; i++)
        {
            var start = i * BatchSize;
            batches[i] = order[start..Math.Min(start + BatchSize, SampleCount)];
        }

        return batches;
    }

    /// <summary>
    /// Writes epoch <paramref name="epoch"/>'s visiting order into <paramref name="order"/> (length n); batch i is
    /// <c>order[(i·b)..min((i + 1)·b, n)]</c>, the same batches <see cref="Epoch"/> returns, without new arrays.
    /// </summary>
    internal void FillOrder(int epoch, int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (Shuffle)
        {
            new Random(EpochSeed(Seed, epoch)).Shuffle(order);
        }
    }

    /// <summary>A seed for one epoch that depends only on the iterator's seed and the epoch (SplitMix64 finaliser).</summary>
    private static int EpochSeed(int seed, int epoch)
    {
        var z = unchecked(((ulong)(uint)seed << 32) | (uint)epoch);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
