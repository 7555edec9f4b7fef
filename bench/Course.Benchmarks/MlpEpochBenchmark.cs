using BenchmarkDotNet.Attributes;
using Course.Optimizers;
using Course.Training;

namespace Course.Benchmarks;

/// <summary>
/// One epoch of a 64-64-10 MLP (ReLU, softmax cross-entropy, He init) on the digits training split, batch 32,
/// Adam (lr 1e-3): every mini-batch step plus the validation pass, as <see cref="Trainer.Fit{T}(Mlp{T}, IOptimizer, DatasetSplit, TrainingOptions?, Action{EpochReport}?)"/> runs it.
/// Compare with bench/torch_mlp_epoch.py.
/// </summary>
[MemoryDiagnoser]
public class MlpEpochBenchmark
{
    private DatasetSplit _data = null!;
    private Mlp<float> _mlp = null!;
    private Adam<float> _adam = null!;
    private int _epoch;

    [GlobalSetup]
    public void Setup()
    {
        _data = DigitsBenchmarkData.Load();
        _mlp = new Mlp<float>([64, 64, 10], Activation.ReLU, seed: 0);
        _adam = new Adam<float>(_mlp.Parameters, new AdamOptions(LearningRate: 1e-3));
    }

    [Benchmark(Description = "MLP 64-64-10 epoch, batch 32, Adam (float)")]
    public double Epoch() =>
        Trainer.Fit(_mlp, _adam, _data, new TrainingOptions(Epochs: 1, BatchSize: 32, Seed: _epoch++)).Final.ValidationLoss;
}
