using BenchmarkDotNet.Attributes;
using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Benchmarks;

/// <summary>
/// The forward product of one dense layer, z = x Wᵀ + b, for the digits MLP's shapes (batch 32, 64 inputs,
/// 64 or 10 outputs, float): MathNet's managed provider, a plain scalar loop, and the vectorized loop the
/// library uses (<c>MatrixProducts.AffineForward</c>). The evidence for not multiplying through MathNet.
/// </summary>
[MemoryDiagnoser]
public class LayerProductBenchmark
{
    private const int Batch = 32;
    private const int Inputs = 64;
    private Matrix<float> _x = null!;
    private Matrix<float> _w = null!;
    private Matrix<float> _z = null!;
    private float[] _weight = null!;
    private float[] _bias = null!;

    [Params(64, 10)]
    public int Outputs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(0);
        _x = Matrix<float>.Build.Dense(Batch, Inputs, (_, _) => (float)random.NextDouble());
        _w = Matrix<float>.Build.Dense(Outputs, Inputs, (_, _) => (float)random.NextDouble());
        _z = Matrix<float>.Build.Dense(Batch, Outputs);
        _weight = _w.ToRowMajorArray();
        _bias = new float[Outputs];
    }

    [Benchmark(Baseline = true, Description = "MathNet x.TransposeAndMultiply(W, z)")]
    public Matrix<float> MathNet()
    {
        _x.TransposeAndMultiply(_w, _z);
        return _z;
    }

    [Benchmark(Description = "plain scalar loop")]
    public float[] ScalarLoop()
    {
        var x = _x.AsColumnMajorArray();
        var z = _z.AsColumnMajorArray();
        for (var o = 0; o < Outputs; o++)
        {
            for (var b = 0; b < Batch; b++)
            {
                var sum = _bias[o];
                for (var i = 0; i < Inputs; i++)
                {
                    sum += x[b + (Batch * i)] * _weight[(o * Inputs) + i];
                }

                z[b + (Batch * o)] = sum;
            }
        }

        return z;
    }

    [Benchmark(Description = "Vector<T> loop (library)")]
    public float[] VectorLoop()
    {
        var z = _z.AsColumnMajorArray();
        MatrixProducts.AffineForward<float>(_x.AsColumnMajorArray(), _weight, _bias, z, Batch, Inputs, Outputs);
        return z;
    }
}
