using BenchmarkDotNet.Attributes;
using Course.Optimizers;
using Course.Training;

namespace Course.Benchmarks;

/// <summary>
/// One epoch of a 64-64-10 MLP (ReLU, softmax cross-entropy, He init) on the digits training split, batch 32,
/// Adam (lr 1e-3): every mini-batch step plus the validation pass, as <see cref="Trainer.Fit{T}(Mlp{T}, IOptimizer, DatasetSplit, TrainingOptions?, Action{EpochReport}?)"/> runs it.
/// Its baseline, measured in the same run, is the epoch's FLOP bound: the same matrix products at the same shapes
/// (every batch's two forward products, two weight-gradient products and one input-gradient product, then the
/// validation set's forward products) and nothing else. Compare with bench/torch_mlp_epoch.py.
/// </summary>
/// <remarks>
/// Every <see cref="EpochsPerTraining"/> epochs the network goes back to its initial weights and gets a fresh Adam,
/// as each of lesson 09's trainings starts. <see cref="OverTrainedEpoch"/> measures the other case: a network trained
/// for <see cref="OverTrainingEpochs"/> epochs first, so over-confident that its softmax gives wrong classes
/// probabilities deep in float32's underflow. Before the loss dropped those (see <see cref="SoftmaxCrossEntropy"/>), such
/// a network's epochs took about five times as long (bench/README.md): backpropagation made subnormal numbers from them.
/// </remarks>
[MemoryDiagnoser]
public class MlpEpochBenchmark
{
    private const int Inputs = 64;
    private const int Hidden = 64;
    private const int Classes = 10;
    private const int BatchSize = 32;
    private const int EpochsPerTraining = 40;
    private const int OverTrainingEpochs = 3000;

    private DatasetSplit _data = null!;
    private Mlp<float> _mlp = null!;
    private Adam<float> _adam = null!; // made by StartTraining, which the first Epoch() call runs
    private int _epoch;
    private Mlp<float> _overTrained = null!;
    private Adam<float> _overTrainedAdam = null!;
    private float[][] _initialWeights = [];

    private int[] _batchSizes = [];
    private int _validationCount;
    private float[] _x = [], _z1 = [], _dz1 = [], _z2 = [], _dz2 = [], _dh1 = [];
    private float[] _w1 = [], _b1 = [], _dw1 = [], _db1 = [], _w2 = [], _b2 = [], _dw2 = [], _db2 = [];

    [GlobalSetup]
    public void Setup()
    {
        _data = DigitsBenchmarkData.Load();
        _mlp = new Mlp<float>([Inputs, Hidden, Classes], Activation.ReLU, seed: 0);
        _initialWeights = [.. _mlp.Parameters.Select(p => (float[])p.Value.Clone())];
        _overTrained = new Mlp<float>([Inputs, Hidden, Classes], Activation.ReLU, seed: 0);
        _overTrainedAdam = new Adam<float>(_overTrained.Parameters, new AdamOptions(LearningRate: 1e-3));
        Trainer.Fit(_overTrained, _overTrainedAdam, _data, new TrainingOptions(Epochs: OverTrainingEpochs, BatchSize: BatchSize, Seed: 0));

        var train = _data.Train.Count;
        _batchSizes = Enumerable.Range(0, (train + BatchSize - 1) / BatchSize)
            .Select(i => Math.Min(BatchSize, train - (i * BatchSize))).ToArray();
        _validationCount = _data.Validation.Count;
        var rows = Math.Max(BatchSize, _validationCount);
        var random = new Random(0);
        float[] Filled(int length) => Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        (_x, _z1, _dz1, _dh1) = (Filled(rows * Inputs), Filled(rows * Hidden), Filled(rows * Hidden), Filled(rows * Hidden));
        (_z2, _dz2) = (Filled(rows * Classes), Filled(rows * Classes));
        (_w1, _b1, _dw1, _db1) = (Filled(Hidden * Inputs), Filled(Hidden), new float[Hidden * Inputs], new float[Hidden]);
        (_w2, _b2, _dw2, _db2) = (Filled(Classes * Hidden), Filled(Classes), new float[Classes * Hidden], new float[Classes]);
    }

    [Benchmark(Description = "MLP 64-64-10 epoch, batch 32, Adam (float)")]
    public double Epoch()
    {
        if (_epoch % EpochsPerTraining == 0)
        {
            StartTraining();
        }

        return Trainer.Fit(_mlp, _adam, _data, new TrainingOptions(Epochs: 1, BatchSize: BatchSize, Seed: _epoch++)).Final.ValidationLoss;
    }

    [Benchmark(Description = "MLP 64-64-10 epoch after 3,000 epochs of training (over-confident), batch 32, Adam (float)")]
    public double OverTrainedEpoch() =>
        Trainer.Fit(_overTrained, _overTrainedAdam, _data, new TrainingOptions(Epochs: 1, BatchSize: BatchSize, Seed: _epoch++)).Final.ValidationLoss;

    private void StartTraining()
    {
        for (var i = 0; i < _initialWeights.Length; i++)
        {
            _initialWeights[i].CopyTo(_mlp.Parameters[i].Value, 0);
        }

        _adam = new Adam<float>(_mlp.Parameters, new AdamOptions(LearningRate: 1e-3));
    }

    [Benchmark(Baseline = true, Description = "bound: the epoch's matrix products alone")]
    public float EpochMatrixProducts()
    {
        foreach (var b in _batchSizes)
        {
            // forward: z1 = x W1ᵀ + b1, z2 = h1 W2ᵀ + b2 (z1 stands in for h1: the same shape)
            MatrixProducts.AffineForward<float>(_x.AsSpan(0, b * Inputs), _w1, _b1, _z1.AsSpan(0, b * Hidden), b, Inputs, Hidden);
            MatrixProducts.AffineForward<float>(_z1.AsSpan(0, b * Hidden), _w2, _b2, _z2.AsSpan(0, b * Classes), b, Hidden, Classes);

            // backward: ∂W2 = dz2ᵀ h1, ∂h1 = dz2 W2, ∂W1 = dz1ᵀ x
            MatrixProducts.ParameterGradients<float>(_z1.AsSpan(0, b * Hidden), _dz2.AsSpan(0, b * Classes), _dw2, _db2, b, Hidden, Classes);
            MatrixProducts.InputGradient<float>(_dz2.AsSpan(0, b * Classes), _w2, _dh1.AsSpan(0, b * Hidden), b, Hidden, Classes);
            MatrixProducts.ParameterGradients<float>(_x.AsSpan(0, b * Inputs), _dz1.AsSpan(0, b * Hidden), _dw1, _db1, b, Inputs, Hidden);
        }

        // validation: the forward products over the whole validation set
        var n = _validationCount;
        MatrixProducts.AffineForward<float>(_x.AsSpan(0, n * Inputs), _w1, _b1, _z1.AsSpan(0, n * Hidden), n, Inputs, Hidden);
        MatrixProducts.AffineForward<float>(_z1.AsSpan(0, n * Hidden), _w2, _b2, _z2.AsSpan(0, n * Classes), n, Hidden, Classes);
        return _z2[0] + _dw1[0] + _dh1[0];
    }
}
