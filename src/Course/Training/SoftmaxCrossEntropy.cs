using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Softmax followed by cross-entropy on the true class, averaged over the batch
/// (PyTorch's <c>nn.CrossEntropyLoss</c> on logits):
/// L = −(1/B) Σᵢ log pᵢ,yᵢ with pᵢ = softmax(zᵢ), pᵢ,k = e^{zᵢ,k} / Σⱼ e^{zᵢ,j};
/// ∂L/∂zᵢ,k = (pᵢ,k − [k = yᵢ]) / B.
/// </summary>
/// <remarks>
/// A probability below √ε_min (ε_min the type's smallest subnormal: 2^−74.5 in float32, 2^−537 in float64) is taken as
/// 0. An over-confident network gives its wrong classes such probabilities, and backpropagation multiplies them into
/// subnormal numbers, which x86 cores handle in microcode, many times slower: a network trained on for thousands of
/// epochs slowed from 3 to 12 ms per epoch (bench/README.md). Dropping them leaves the loss as it was (such a term
/// is far below one rounding of a sum that is at least 1) and moves a gradient entry by less than √ε_min / B.
/// </remarks>
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
                sum += Probability(z[i + (batch * k)] - max);
            }

            var logSumExp = max + T.Log(sum);
            total += double.CreateChecked(logSumExp - z[i + (batch * labels[i])]);

            if (dz is not null)
            {
                var scale = T.One / T.CreateChecked(batch);
                for (var k = 0; k < classes; k++)
                {
                    var p = Probability(z[i + (batch * k)] - logSumExp);
                    var target = k == labels[i] ? T.One : T.Zero;
                    dz[i + (batch * k)] = (p - target) * scale;
                }
            }
        }

        return total / batch;
    }

    /// <summary>e^<paramref name="logit"/>, or 0 when that is below √ε_min (see the remarks).</summary>
    private static T Probability<T>(T logit)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        logit < Underflow<T>.LogSmallestKept ? T.Zero : T.Exp(logit);

    /// <inheritdoc />
    public int Predict<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T> => LossChecks.ArgMax(outputs, row);
}

/// <summary>The log of the smallest probability <see cref="SoftmaxCrossEntropy"/> keeps, ln √ε_min, per element type.</summary>
file static class Underflow<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static readonly T LogSmallestKept = T.Log(T.Sqrt(T.Epsilon));
}
