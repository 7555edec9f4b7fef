using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>Access to the column-major array behind a dense MathNet matrix: element (i, j) is at i + rows·j.</summary>
internal static class DenseStorage
{
    public static T[] Values<T>(Matrix<T> matrix, string argumentName)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        matrix.AsColumnMajorArray()
        ?? throw new ArgumentException($"{argumentName} must be a dense matrix (Matrix<T>.Build.Dense), not {matrix.GetType().Name}.", argumentName);
}
