namespace Course.Checks;

/// <summary>
/// Cuts one epoch of <paramref name="n"/> examples into mini-batches: a random permutation of 0 … n − 1 drawn
/// from <paramref name="random"/>, split into consecutive batches of <paramref name="batchSize"/>, the last one
/// possibly shorter (⌈n / b⌉ batches, every example exactly once).
/// </summary>
/// <param name="n">The number of examples.</param>
/// <param name="batchSize">Examples per batch.</param>
/// <param name="random">The generator to shuffle with, so that a seed reproduces the epoch.</param>
public delegate int[][] EpochBatches(int n, int batchSize, Random random);
