using System.Numerics;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>One configuration of every optimizer, each with its heaviest options on, built by name.</summary>
internal static class OptimizerCatalog
{
    public static TheoryData<string> Names => new(
        "SGD", "SGD nesterov", "Adagrad", "RMSprop centered momentum", "Adam amsgrad", "AdamW", "NAdam", "RAdam", "Adamax", "Lion");

    public static IOptimizer Create<T>(string name, IEnumerable<ParameterGroup<T>> groups)
        where T : unmanaged, IFloatingPointIeee754<T> => name switch
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
}
