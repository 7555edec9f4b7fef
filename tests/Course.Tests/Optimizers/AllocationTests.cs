using System.Numerics;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

public sealed class AllocationTests
{
    public static TheoryData<string> Optimizers => new(
        "SGD", "SGD nesterov", "Adagrad", "RMSprop centered momentum", "Adam amsgrad", "AdamW", "NAdam", "RAdam", "Adamax", "Lion");

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Steps_after_the_first_allocate_nothing_in_double(string optimizer) => AssertNoAllocations<double>(optimizer);

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Steps_after_the_first_allocate_nothing_in_float(string optimizer) => AssertNoAllocations<float>(optimizer);

    private static void AssertNoAllocations<T>(string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var weights = new Parameter<T>("w", new T[1003]);
        var bias = new Parameter<T>("b", new T[7]);
        weights.Gradient.AsSpan().Fill(T.One);
        bias.Gradient.AsSpan().Fill(T.One);
        ParameterGroup<T>[] groups = [new([weights]), new([bias], weightDecay: 0)];
        IOptimizer optimizer = name switch
        {
            "SGD" => new Sgd<T>(groups, new SgdOptions(WeightDecay: 0.1)),
            "SGD nesterov" => new Sgd<T>(groups, new SgdOptions(Momentum: 0.9, Nesterov: true)),
            "Adagrad" => new Adagrad<T>(groups),
            "RMSprop centered momentum" => new RmsProp<T>(groups, new RmsPropOptions(Momentum: 0.9, Centered: true)),
            "Adam amsgrad" => new Adam<T>(groups, new AdamOptions(Amsgrad: true)),
            "AdamW" => new AdamW<T>(groups),
            "NAdam" => new NAdam<T>(groups),
            "RAdam" => new RAdam<T>(groups),
            "Adamax" => new Adamax<T>(groups),
            "Lion" => new Lion<T>(groups),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown optimizer"),
        };

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
