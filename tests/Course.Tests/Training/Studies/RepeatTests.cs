using Course.Training.Studies;

namespace Course.Tests.Training.Studies;

/// <summary>Results come back in seed order whatever order the parallel runs finish in.</summary>
public sealed class RepeatTests
{
    [Fact]
    public void Results_are_in_seed_order()
    {
        var results = Repeat.OverSeeds(8, seed => { Thread.Sleep((8 - seed) * 5); return seed * seed; }, TestContext.Current.CancellationToken);
        Assert.Equal([0, 1, 4, 9, 16, 25, 36, 49], results);
    }

    [Fact]
    public void Zero_seeds_is_refused()
    {
        Assert.Equal("seeds", Assert.Throws<ArgumentOutOfRangeException>(() => Repeat.OverSeeds(0, seed => seed, TestContext.Current.CancellationToken)).ParamName);
    }
}
