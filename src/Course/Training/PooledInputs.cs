using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// A data set's features converted to the network's number type (as <see cref="Mlp{T}.ToInputs"/> converts them)
/// in a matrix kept for the next training on the same thread, so that training after training (a study runs
/// hundreds) does not allocate a large matrix each time and collect it in a full garbage collection.
/// </summary>
internal static class PooledInputs<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    [ThreadStatic]
    private static Matrix<T>? spare;

    /// <summary>The features as a <typeparamref name="T"/> matrix: the spare one refilled when its shape fits.</summary>
    public static Matrix<T> Rent(Matrix<double> features)
    {
        if (typeof(T) == typeof(double) || features.AsColumnMajorArray() is not { } values)
        {
            return Mlp<T>.ToInputs(features);   // no copy for double; the general conversion otherwise
        }

        var matrix = spare is { } s && s.RowCount == features.RowCount && s.ColumnCount == features.ColumnCount
            ? s
            : Matrix<T>.Build.Dense(features.RowCount, features.ColumnCount);
        spare = null;   // a training started inside this one (from its epoch callback) gets its own
        var converted = DenseStorage.Values(matrix, "inputs");
        for (var k = 0; k < values.Length; k++)
        {
            converted[k] = T.CreateChecked(values[k]);
        }

        return matrix;
    }

    /// <summary>Keeps <paramref name="inputs"/> from <see cref="Rent"/> for the next training; the caller is done with it.</summary>
    public static void Return(Matrix<T> inputs, Matrix<double> features)
    {
        if (!ReferenceEquals(inputs, features))
        {
            spare = inputs;
        }
    }
}
