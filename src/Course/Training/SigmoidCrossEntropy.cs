using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Binary cross-entropy on one logit per example, the loss of logistic regression
/// (PyTorch's <c>nn.BCEWithLogitsLoss</c>): with p = σ(z) = 1 / (1 + e^{−z}) and y ∈ {0, 1},
/// L = −(1/B) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] = (1/B) Σᵢ [max(zᵢ, 0) − yᵢ zᵢ + log(1 + e^{−|zᵢ|})];
/// ∂L/∂zᵢ = (pᵢ − yᵢ) / B. Predicts class 1 when z &gt; 0 (p &gt; ½).
/// </summary>
public sealed class SigmoidCrossEntropy : ILoss
{
    /// <inheritdoc />
    public string Name => "sigmoid cross-entropy";

    /// <inheritdoc />
    public int OutputCount(int classCount) =>
        classCount == 2 ? 1 : throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "Sigmoid cross-entropy handles exactly 2 classes.");

    /// <inheritdoc />
    public double Compute<T>(Matrix<T> outputs, ReadOnlySpan<int> labels, Matrix<T>? outputGradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        LossChecks.Require(outputs, labels, outputGradient);
        if (outputs.ColumnCount != 1)
        {
            throw new ArgumentException($"Sigmoid cross-entropy needs 1 output per example, but outputs has {outputs.ColumnCount} columns.", nameof(outputs));
        }

        var batch = outputs.RowCount;
        var z = DenseStorage.Values(outputs, nameof(outputs));
        var dz = outputGradient is null ? null : DenseStorage.Values(outputGradient, nameof(outputGradient));
        var total = 0.0;
        for (var i = 0; i < batch; i++)
        {
            LossChecks.RequireLabel(labels[i], 2, i);
            var y = T.CreateChecked(labels[i]);

            // the stable form of −[y log σ(z) + (1 − y) log(1 − σ(z))]
            var loss = T.Max(z[i], T.Zero) - (y * z[i]) + T.Log(T.One + T.Exp(-T.Abs(z[i])));
            total += double.CreateChecked(loss);
            if (dz is not null)
            {
                var p = T.One / (T.One + T.Exp(-z[i]));
                dz[i] = (p - y) / T.CreateChecked(batch);
            }
        }

        return total / batch;
    }

    /// <inheritdoc />
    public int Predict<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T> => outputs[row, 0] > T.Zero ? 1 : 0;
}
