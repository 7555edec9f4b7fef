using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// A loss over a batch of network outputs (one row per example) and integer class labels:
/// its value, the gradient with respect to the outputs, and the class it predicts for a row.
/// </summary>
public interface ILoss
{
    /// <summary>A short display name, such as <c>"softmax cross-entropy"</c>.</summary>
    string Name { get; }

    /// <summary>How many outputs the network needs for <paramref name="classCount"/> classes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This loss cannot handle that many classes.</exception>
    int OutputCount(int classCount);

    /// <summary>
    /// The mean loss over the batch; when <paramref name="outputGradient"/> is given, also writes
    /// ∂L/∂outputs into it (same shape as <paramref name="outputs"/>).
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="outputs">The network's outputs, batch × <see cref="OutputCount"/>.</param>
    /// <param name="labels">The class of each row.</param>
    /// <param name="outputGradient">Where to write the gradient, or <see langword="null"/> for the value only.</param>
    double Compute<T>(Matrix<T> outputs, ReadOnlySpan<int> labels, Matrix<T>? outputGradient)
        where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>The class predicted for <paramref name="row"/> of <paramref name="outputs"/>.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    int Predict<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T>;
}
