using Course.Training;

namespace Course.Tests.Training;

public sealed class BatchIteratorTests
{
    [Theory]
    [InlineData(10, 3, false, 4)]
    [InlineData(10, 3, true, 3)]
    [InlineData(12, 4, false, 3)]
    [InlineData(12, 4, true, 3)]
    [InlineData(1797, 32, false, 57)]
    [InlineData(1797, 32, true, 56)]
    [InlineData(5, 8, false, 1)]
    [InlineData(7, 1, false, 7)]
    public void Batches_per_epoch_is_the_ceiling_or_the_floor_of_n_over_b(int n, int b, bool dropLast, int expected)
    {
        var iterator = new BatchIterator(n, b, seed: 1, dropLast: dropLast);

        Assert.Equal(expected, iterator.BatchesPerEpoch);
        Assert.Equal(expected, iterator.Epoch(0).Count);
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(1797, 32)]
    [InlineData(5, 8)]
    public void Each_sample_appears_exactly_once_per_epoch_when_the_last_batch_is_kept(int n, int b)
    {
        var iterator = new BatchIterator(n, b, seed: 7);
        for (var epoch = 0; epoch < 3; epoch++)
        {
            var batches = iterator.NextEpoch();
            Assert.Equal(Enumerable.Range(0, n), batches.SelectMany(batch => batch).Order());
            Assert.All(batches.SkipLast(1), batch => Assert.Equal(b, batch.Length));
            Assert.Equal(n - (b * (batches.Count - 1)), batches[^1].Length);
        }

        Assert.Equal(3, iterator.EpochsCompleted);
    }

    [Fact]
    public void Dropping_the_last_batch_drops_exactly_the_left_over_samples()
    {
        var iterator = new BatchIterator(10, 3, seed: 3, dropLast: true);
        var batches = iterator.Epoch(0);

        Assert.All(batches, batch => Assert.Equal(3, batch.Length));
        var seen = batches.SelectMany(batch => batch).ToArray();
        Assert.Equal(9, seen.Length);
        Assert.Equal(9, seen.Distinct().Count());
        Assert.Equal(9, iterator.SamplesPerEpoch);
        Assert.All(seen, i => Assert.InRange(i, 0, 9));
    }

    [Fact]
    public void The_same_seed_gives_the_same_batches_and_another_seed_or_epoch_differs()
    {
        var a = new BatchIterator(100, 10, seed: 42);
        var b = new BatchIterator(100, 10, seed: 42);
        var c = new BatchIterator(100, 10, seed: 43);

        Assert.Equal(a.NextEpoch(), b.NextEpoch());
        Assert.Equal(a.NextEpoch(), b.Epoch(1));
        Assert.NotEqual(a.Epoch(0), c.Epoch(0));
        Assert.NotEqual(a.Epoch(0), a.Epoch(1));
    }

    [Fact]
    public void Batches_are_shuffled_unless_shuffling_is_off()
    {
        var ordered = Enumerable.Range(0, 50);
        Assert.NotEqual(ordered, new BatchIterator(50, 50, seed: 5).Epoch(0).Single());
        Assert.Equal(ordered, new BatchIterator(50, 50, seed: 5, shuffle: false).Epoch(3).Single());
    }

    [Fact]
    public void Every_position_receives_every_sample_about_equally_often_over_many_epochs()
    {
        // A fair shuffle puts each sample first with probability 1/n; over 4000 epochs of n = 8 each count is ~500 ± 21.
        var iterator = new BatchIterator(8, 8, seed: 11);
        var firstCounts = new int[8];
        for (var epoch = 0; epoch < 4000; epoch++)
        {
            firstCounts[iterator.Epoch(epoch)[0][0]]++;
        }

        Assert.All(firstCounts, count => Assert.InRange(count, 400, 600));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("sampleCount", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchIterator(0, 1)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchIterator(10, 0)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchIterator(10, 11, dropLast: true)).ParamName);
        Assert.Equal("epoch", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchIterator(10, 2).Epoch(-1)).ParamName);
    }
}
