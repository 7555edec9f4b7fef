using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// A labelled classification data set: one row of <see cref="Features"/> per example, its class in <see cref="Labels"/>.
/// </summary>
public sealed record Dataset
{
    /// <summary>Creates a data set and checks that its parts agree.</summary>
    /// <param name="name">A short name for charts and messages, such as <c>"digits"</c>.</param>
    /// <param name="features">One row per example, one column per feature.</param>
    /// <param name="labels">The class of each row, in 0 .. <c>classNames.Count − 1</c>.</param>
    /// <param name="classNames">The name of each class, indexed by label.</param>
    public Dataset(string name, Matrix<double> features, int[] labels, IReadOnlyList<string> classNames)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (features.RowCount != labels.Length)
        {
            throw new ArgumentException(
                $"features has {features.RowCount} rows but labels has {labels.Length} entries; they must match.", nameof(labels));
        }

        if (classNames.Count < 2)
        {
            throw new ArgumentException($"classNames must name at least 2 classes, but has {classNames.Count}.", nameof(classNames));
        }

        foreach (var label in labels)
        {
            if (label < 0 || label >= classNames.Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(labels), label, $"Every label must be in [0, {classNames.Count - 1}], but one was {label}.");
            }
        }

        Name = name;
        Features = features;
        Labels = labels;
        ClassNames = classNames;
    }

    /// <summary>A short name for charts and messages.</summary>
    public string Name { get; init; }

    /// <summary>One row per example, one column per feature.</summary>
    public Matrix<double> Features { get; init; }

    /// <summary>The class of each example, in 0 .. <see cref="ClassCount"/> − 1.</summary>
    public int[] Labels { get; init; }

    /// <summary>The name of each class, indexed by label.</summary>
    public IReadOnlyList<string> ClassNames { get; init; }

    /// <summary>Number of examples (rows).</summary>
    public int Count => Labels.Length;

    /// <summary>Number of features (columns).</summary>
    public int FeatureCount => Features.ColumnCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>The examples at <paramref name="rows"/>, in that order.</summary>
    /// <param name="rows">Row indices in 0 .. <see cref="Count"/> − 1.</param>
    public Dataset Subset(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var features = Matrix<double>.Build.Dense(rows.Count, FeatureCount);
        var labels = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row < 0 || row >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), row, $"Every row index must be in [0, {Count - 1}], but one was {row}.");
            }

            features.SetRow(r, Features.Row(row));
            labels[r] = Labels[row];
        }

        return this with { Features = features, Labels = labels };
    }

    /// <summary>
    /// Splits the examples at random into a training part and a validation part holding
    /// about <paramref name="validationFraction"/> of them. The same seed gives the same split.
    /// </summary>
    /// <param name="validationFraction">Share of examples held out for validation, in (0, 1).</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <param name="stratify">
    /// When <see langword="true"/> (the default) each class is split in the same proportion,
    /// so both parts keep the class balance of the whole.
    /// </param>
    public DatasetSplit Split(double validationFraction, int seed = 0, bool stratify = true)
    {
        if (double.IsNaN(validationFraction) || validationFraction <= 0 || validationFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(validationFraction), validationFraction, $"validationFraction must be in (0, 1), but was {validationFraction}.");
        }

        var random = new Random(seed);
        var groups = stratify
            ? Enumerable.Range(0, Count).GroupBy(i => Labels[i]).OrderBy(g => g.Key).Select(g => g.ToArray())
            : [Enumerable.Range(0, Count).ToArray()];
        var train = new List<int>();
        var validation = new List<int>();
        foreach (var group in groups)
        {
            random.Shuffle(group);
            var held = (int)Math.Round(validationFraction * group.Length, MidpointRounding.AwayFromZero);
            validation.AddRange(group[..held]);
            train.AddRange(group[held..]);
        }

        if (train.Count == 0 || validation.Count == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(validationFraction),
                validationFraction,
                $"validationFraction {validationFraction} of {Count} examples leaves {train.Count} for training and {validation.Count} for validation; both need at least one.");
        }

        train.Sort();
        validation.Sort();
        return new DatasetSplit(Subset(train), Subset(validation));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Count} examples × {FeatureCount} features, {ClassCount} classes";
}
