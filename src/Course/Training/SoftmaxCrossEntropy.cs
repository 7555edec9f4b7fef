using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Softmax followed by cross-entropy on the true class, averaged over the batch
/// (PyTorch's <c>nn.CrossEntropyLoss</c> on logits):
/// L = −(1/B) Σᵢ log pᵢ,yᵢ with pᵢ = softmax(zᵢ), pᵢ,k = e^{zᵢ,k} / Σⱼ e^{zᵢ,j};
/// ∂L/∂zᵢ,k = (pᵢ,k − [k = yᵢ]) / B.
/// </summary>
public sealed class SoftmaxCrossEntropy : ILoss
{
    /// <inheritdoc />
    public string Name => "softmax cross-entropy";

    /// <inheritdoc />
    public int OutputCount(int classCount) => LossChecks.OneOutputPerClass(classCount);

    /// <inheritdoc />
    public double Compute<T>(Matrix<T> outputs, ReadOnlySpan<int> labels, Matrix<T>? outputGradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        LossChecks.Require(outputs, labels, outputGradient);
        var batch = outputs.RowCount;
        var classes = outputs.ColumnCount;
        var z = DenseStorage.Values(outputs, nameof(outputs));   // z[i + batch * k] is example i, class k
        var dz = outputGradient is null ? null : DenseStorage.Values(outputGradient, nameof(outputGradient));
        var total = 0.0;
        for (var i = 0; i < batch; i++)
        {
            LossChecks.RequireLabel(labels[i], classes, i);

            // log Σⱼ e^{zⱼ}, shifted by the largest logit so no exponential overflows
            var max = z[i];
            for (var k = 1; k < classes; k++)
            {
                max = T.Max(max, z[i + (batch * k)]);
            }

            var sum = T.Zero;
            for (var k = 0; k < classes; k++)
            {
                sum += T.Exp(z[i + (batch * k)] - max);
            }

            var logSumExp = max + T.Log(sum);
            total += double.CreateChecked(logSumExp - z[i + (batch * labels[i])]);

            if (dz is not null)
            {
                var scale = T.One / T.CreateChecked(batch);
                for (var k = 0; k < classes; k++)
                {
                    var p = T.Exp(z[i + (batch * k)] - logSumExp);
                    var target = k == labels[i] ? T.One : T.Zero;
                    dz[i + (batch * k)] = (p - target) * scale;
                }
            }
        }

        return total / batch;
    }

    /// <inheritdoc />
    public int Predict<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T> => LossChecks.ArgMax(outputs, row);
}
