using System.Numerics;
using System.Text.Json;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>Builds a library optimizer from a fixture's torch keyword arguments (lr, betas, weight_decay, …).</summary>
internal static class TorchOptions
{
    public static IOptimizer Create<T>(string optimizer, JsonElement options, IEnumerable<ParameterGroup<T>> groups)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var read = new Reader(options);
        IOptimizer result = optimizer switch
        {
            "SGD" => new Sgd<T>(groups, new SgdOptions(
                read.Number("lr", 1e-3), read.Number("momentum", 0), read.Number("dampening", 0),
                read.Number("weight_decay", 0), read.Flag("nesterov"), read.Flag("maximize"))),
            "Adagrad" => new Adagrad<T>(groups, new AdagradOptions(
                read.Number("lr", 1e-2), read.Number("lr_decay", 0), read.Number("weight_decay", 0),
                read.Number("initial_accumulator_value", 0), read.Number("eps", 1e-10), read.Flag("maximize"))),
            "RMSprop" => new RmsProp<T>(groups, new RmsPropOptions(
                read.Number("lr", 1e-2), read.Number("alpha", 0.99), read.Number("eps", 1e-8), read.Number("weight_decay", 0),
                read.Number("momentum", 0), read.Flag("centered"), read.Flag("maximize"))),
            "Adam" => new Adam<T>(groups, new AdamOptions(
                read.Number("lr", 1e-3), read.Beta(0, 0.9), read.Beta(1, 0.999), read.Number("eps", 1e-8),
                read.Number("weight_decay", 0), read.Flag("amsgrad"), read.Flag("maximize"))),
            "AdamW" => new AdamW<T>(groups, new AdamWOptions(
                read.Number("lr", 1e-3), read.Beta(0, 0.9), read.Beta(1, 0.999), read.Number("eps", 1e-8),
                read.Number("weight_decay", 1e-2), read.Flag("amsgrad"), read.Flag("maximize"))),
            "NAdam" => new NAdam<T>(groups, new NAdamOptions(
                read.Number("lr", 2e-3), read.Beta(0, 0.9), read.Beta(1, 0.999), read.Number("eps", 1e-8),
                read.Number("weight_decay", 0), read.Number("momentum_decay", 4e-3))),
            "RAdam" => new RAdam<T>(groups, new RAdamOptions(
                read.Number("lr", 1e-3), read.Beta(0, 0.9), read.Beta(1, 0.999), read.Number("eps", 1e-8),
                read.Number("weight_decay", 0))),
            "Adamax" => new Adamax<T>(groups, new AdamaxOptions(
                read.Number("lr", 2e-3), read.Beta(0, 0.9), read.Beta(1, 0.999), read.Number("eps", 1e-8),
                read.Number("weight_decay", 0), read.Flag("maximize"))),
            "Lion" => new Lion<T>(groups, new LionOptions(
                read.Number("lr", 1e-4), read.Beta(0, 0.9), read.Beta(1, 0.99), read.Number("weight_decay", 0))),
            _ => throw new ArgumentOutOfRangeException(nameof(optimizer), optimizer, "no such optimizer in the library"),
        };
        read.RequireAllUsed(optimizer);
        return result;
    }

    /// <summary>Reads options and remembers which keys were used, so a key the mapping ignores fails the test.</summary>
    private sealed class Reader(JsonElement options)
    {
        private readonly HashSet<string> _used = [];

        public double Number(string key, double fallback) =>
            Use(key) && options.TryGetProperty(key, out var value) ? value.GetDouble() : fallback;

        public bool Flag(string key) => Use(key) && options.TryGetProperty(key, out var value) && value.GetBoolean();

        public double Beta(int index, double fallback) =>
            Use("betas") && options.TryGetProperty("betas", out var value) ? value[index].GetDouble() : fallback;

        public void RequireAllUsed(string optimizer)
        {
            var unused = options.EnumerateObject().Select(p => p.Name).Where(name => !_used.Contains(name)).ToArray();
            Assert.True(unused.Length == 0, $"{optimizer} fixture options not mapped to the library: {string.Join(", ", unused)}");
        }

        private bool Use(string key)
        {
            _used.Add(key);
            return true;
        }
    }
}
