using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Mean squared error against one-hot targets, averaged over every element as PyTorch's
/// <c>nn.MSELoss</c>: L = (1 / (B·K)) Σᵢ Σₖ (zᵢ,k − tᵢ,k)² with tᵢ,k = [k = yᵢ];
/// ∂L/∂zᵢ,k = 2 (zᵢ,k − tᵢ,k) / (B·K).
/// </summary>
public sealed class MeanSquaredError : ILoss
{
    /// <inheritdoc />
    public string Name => "mean squared error";

    /// <inheritdoc />
    public int OutputCount(int classCount) => LossChecks.OneOutputPerClass(classCount);

    /// <inheritdoc />
    public double Compute<T>(Matrix<T> outputs, ReadOnlySpan<int> labels, Matrix<T>? outputGradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        LossChecks.Require(outputs, labels, outputGradient);
        var batch = outputs.RowCount;
        var classes = outputs.ColumnCount;
        var z = DenseStorage.Values(outputs, nameof(outputs));
        var dz = outputGradient is null ? null : DenseStorage.Values(outputGradient, nameof(outputGradient));
        var scale = T.CreateChecked(2.0 / (batch * classes));
        var total = 0.0;
        for (var i = 0; i < batch; i++)
        {
            LossChecks.RequireLabel(labels[i], classes, i);
            for (var k = 0; k < classes; k++)
            {
                var target = k == labels[i] ? T.One : T.Zero;
                var error = z[i + (batch * k)] - target;
                total += double.CreateChecked(error * error);
                if (dz is not null)
                {
                    dz[i + (batch * k)] = scale * error;
                }
            }
        }

        return total / (batch * classes);
    }

    /// <inheritdoc />
    public int Predict<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T> => LossChecks.ArgMax(outputs, row);
}
