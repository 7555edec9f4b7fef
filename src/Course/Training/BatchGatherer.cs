using System.Buffers;
using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Copies the rows of a mini-batch into a reused matrix of the network's number type, so a training
/// epoch allocates nothing per batch. Its copy of the features is rented from <see cref="ArrayPool{T}.Shared"/> and
/// returned by <see cref="Dispose"/>, so one training after another reuses it instead of allocating a large array
/// (and collecting it in a full garbage collection) per call of <see cref="Trainer.Fit{T}(Mlp{T}, Course.Optimizers.IOptimizer, Dataset, Dataset, TrainingOptions?, Action{EpochReport}?)"/>.
/// </summary>
internal sealed class BatchGatherer<T> : IDisposable where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _rows;          // the features, row after row (rented: may be longer than count × features)
    private readonly int[] _labels;
    private readonly int _features;
    private readonly Dictionary<int, (Matrix<T> Inputs, int[] Labels)> _buffers = [];

    public BatchGatherer(Dataset data)
    {
        _features = data.FeatureCount;
        _rows = ArrayPool<T>.Shared.Rent(data.Count * _features);
        if (data.Features.AsColumnMajorArray() is { } columns)
        {
            // a dense matrix: read its column-major array (feature j of example i at i + count·j) column by column
            for (var j = 0; j < _features; j++)
            {
                var column = columns.AsSpan(j * data.Count, data.Count);
                for (var i = 0; i < column.Length; i++)
                {
                    _rows[(i * _features) + j] = T.CreateChecked(column[i]);
                }
            }
        }
        else
        {
            for (var i = 0; i < data.Count; i++)
            {
                for (var j = 0; j < _features; j++)
                {
                    _rows[(i * _features) + j] = T.CreateChecked(data.Features[i, j]);
                }
            }
        }

        _labels = data.Labels;
    }

    public (Matrix<T> Inputs, int[] Labels) Gather(ReadOnlySpan<int> batch)
    {
        if (!_buffers.TryGetValue(batch.Length, out var buffer))
        {
            buffer = (Matrix<T>.Build.Dense(batch.Length, _features), new int[batch.Length]);
            _buffers.Add(batch.Length, buffer);
        }

        var inputs = DenseStorage.Values(buffer.Inputs, "inputs");   // column-major: (b, j) at b + batch·j
        for (var b = 0; b < batch.Length; b++)
        {
            var row = _rows.AsSpan(batch[b] * _features, _features);
            for (var j = 0; j < _features; j++)
            {
                inputs[b + (batch.Length * j)] = row[j];
            }

            buffer.Labels[b] = _labels[batch[b]];
        }

        return buffer;
    }

    /// <summary>Returns the features' copy to the pool; the gatherer must not be used afterwards.</summary>
    public void Dispose() => ArrayPool<T>.Shared.Return(_rows);
}
