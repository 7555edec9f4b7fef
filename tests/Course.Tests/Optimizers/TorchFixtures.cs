using System.Text.Json;

namespace Course.Tests.Optimizers;

/// <summary>One golden trajectory written by Fixtures/generate_torch_reference.py.</summary>
/// <param name="Name">"optimizer/input/options", for example "Adam/rosenbrock/amsgrad".</param>
/// <param name="Optimizer">The optimizer's name in the fixture file ("SGD", "Adam", …).</param>
/// <param name="Case">The case's JSON object.</param>
/// <param name="Sequence">The file's shared gradient sequence (initial values and per-step gradients).</param>
internal sealed record TorchCase(string Name, string Optimizer, JsonElement Case, JsonElement Sequence)
{
    public bool IsSurface => Case.GetProperty("kind").GetString() == "surface";

    public JsonElement Options => Case.GetProperty("options");

    public JsonElement Trajectory => Case.GetProperty("trajectory");
}

/// <summary>Loads every optimizer fixture copied next to the test assembly.</summary>
internal static class TorchFixtures
{
    public static readonly string[] Optimizers = ["SGD", "Adagrad", "RMSprop", "Adam", "AdamW", "NAdam", "RAdam", "Adamax", "Lion"];

    private static readonly Lazy<IReadOnlyDictionary<string, TorchCase>> Cases = new(() => Load(Directory));

    private static readonly Lazy<IReadOnlyDictionary<string, TorchCase>> Float32Cases =
        new(() => Load(Path.Combine(Directory, "Float32")));

    /// <summary>The float64 cases (sequences and surfaces), by name.</summary>
    public static IReadOnlyDictionary<string, TorchCase> All => Cases.Value;

    /// <summary>The float32 cases (sequences at torch's default dtype), by name.</summary>
    public static IReadOnlyDictionary<string, TorchCase> Float32 => Float32Cases.Value;

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Optimizers");

    private static IReadOnlyDictionary<string, TorchCase> Load(string directory)
    {
        var cases = new Dictionary<string, TorchCase>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var optimizer = root.GetProperty("optimizer").GetString()!;
            var sequence = root.GetProperty("sequence");
            foreach (var element in root.GetProperty("cases").EnumerateArray())
            {
                var name = element.GetProperty("name").GetString()!;
                cases.Add(name, new TorchCase(name, optimizer, element, sequence));
            }
        }

        return cases;
    }
}
