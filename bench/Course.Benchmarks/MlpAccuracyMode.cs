using System.Diagnostics;
using System.Globalization;
using Course.Optimizers;
using Course.Training;

namespace Course.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Course.Benchmarks -- --mlp-accuracy</c>: trains the benchmark's
/// 64-64-10 MLP for 20 epochs with Adam from several seeds and prints the validation accuracies, the figure
/// bench/torch_mlp_epoch.py prints for PyTorch. Program.cs hands every other argument to BenchmarkDotNet.
/// </summary>
internal static class MlpAccuracyMode
{
    private const int Epochs = 20;
    private const int Seeds = 5;

    /// <summary>The command-line flag that selects this mode.</summary>
    internal const string Flag = "--mlp-accuracy";

    /// <summary>Trains and prints the accuracies.</summary>
    internal static void Run()
    {
        var data = DigitsBenchmarkData.Load();
        var accuracies = new List<double>();
        var clock = new Stopwatch();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var mlp = new Mlp<float>([64, 64, 10], Activation.ReLU, seed: seed);
            var adam = new Adam<float>(mlp.Parameters, new AdamOptions(LearningRate: 1e-3));
            clock.Start();
            var history = Trainer.Fit(mlp, adam, data, new TrainingOptions(Epochs: Epochs, BatchSize: 32, Seed: seed));
            clock.Stop();
            accuracies.Add(history.Final.ValidationAccuracy);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: {history.Final}"));
        }

        var mean = accuracies.Average();
        var std = Math.Sqrt(accuracies.Select(a => (a - mean) * (a - mean)).Average());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"C# validation accuracy after {Epochs} epochs over {Seeds} seeds: {mean * 100:0.00}% ± {std * 100:0.00}% (train {data.Train.Count}, validation {data.Validation.Count}); {clock.Elapsed.TotalMilliseconds / (Seeds * Epochs):0.00} ms per epoch (stopwatch, indicative only)"));
    }
}
