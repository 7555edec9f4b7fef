using System.Numerics;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

public sealed class AllocationTests
{
    [Theory]
    [MemberData(nameof(OptimizerCatalog.Names), MemberType = typeof(OptimizerCatalog))]
    public void Steps_after_the_first_allocate_nothing_in_double(string optimizer) => AssertNoAllocations<double>(optimizer);

    [Theory]
    [MemberData(nameof(OptimizerCatalog.Names), MemberType = typeof(OptimizerCatalog))]
    public void Steps_after_the_first_allocate_nothing_in_float(string optimizer) => AssertNoAllocations<float>(optimizer);

    private static void AssertNoAllocations<T>(string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var weights = new Parameter<T>("w", new T[1003]);
        var bias = new Parameter<T>("b", new T[7]);
        weights.Gradient.AsSpan().Fill(T.One);
        bias.Gradient.AsSpan().Fill(T.One);
        ParameterGroup<T>[] groups = [new([weights]), new([bias], weightDecay: 0)];
        var optimizer = OptimizerCatalog.Create(name, groups);

        for (var i = 0; i < 3; i++)
        {
            optimizer.Step();
            optimizer.ZeroGradients();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            optimizer.Step();
            optimizer.ZeroGradients();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
