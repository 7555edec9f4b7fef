using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>Argument checks and the arg-max every <see cref="ILoss"/> shares.</summary>
internal static class LossChecks
{
    public static void Require<T>(Matrix<T> outputs, ReadOnlySpan<int> labels, Matrix<T>? outputGradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.RowCount != labels.Length)
        {
            throw new ArgumentException($"outputs has {outputs.RowCount} rows but there are {labels.Length} labels; they must match.", nameof(labels));
        }

        if (outputGradient is not null
            && (outputGradient.RowCount != outputs.RowCount || outputGradient.ColumnCount != outputs.ColumnCount))
        {
            throw new ArgumentException(
                $"outputGradient is {outputGradient.RowCount}×{outputGradient.ColumnCount} but outputs is {outputs.RowCount}×{outputs.ColumnCount}.",
                nameof(outputGradient));
        }
    }

    /// <summary>One output per class, for losses over two or more classes.</summary>
    public static int OneOutputPerClass(int classCount) =>
        classCount >= 2 ? classCount : throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "classCount must be ≥ 2.");

    public static void RequireLabel(int label, int classes, int row)
    {
        if (label < 0 || label >= classes)
        {
            throw new ArgumentOutOfRangeException("labels", label, $"Label of row {row} must be in [0, {classes - 1}], but was {label}.");
        }
    }

    public static int ArgMax<T>(Matrix<T> outputs, int row)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, outputs.RowCount);
        var best = 0;
        if (outputs.AsColumnMajorArray() is { } values)
        {
            // a dense matrix: its own array, row `row` at row + rows·k, instead of an indexer call per element
            var rows = outputs.RowCount;
            for (var k = 1; k < outputs.ColumnCount; k++)
            {
                if (values[row + (rows * k)] > values[row + (rows * best)])
                {
                    best = k;
                }
            }

            return best;
        }

        for (var k = 1; k < outputs.ColumnCount; k++)
        {
            if (outputs[row, k] > outputs[row, best])
            {
                best = k;
            }
        }

        return best;
    }
}
