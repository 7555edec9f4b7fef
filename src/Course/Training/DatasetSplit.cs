namespace Course.Training;

/// <summary>
/// A data set cut into a training part and a validation part, optionally standardised
/// with statistics fitted on the training part only.
/// </summary>
/// <param name="Train">The examples the model learns from.</param>
/// <param name="Validation">The held-out examples used to measure generalisation.</param>
/// <param name="Scaling">The standardisation applied to both parts, or <see langword="null"/> for raw features.</param>
public sealed record DatasetSplit(Dataset Train, Dataset Validation, Standardization? Scaling = null)
{
    /// <summary>
    /// Fits a <see cref="Standardization"/> on <see cref="Train"/> and applies it to both parts,
    /// so no statistic of the validation examples leaks into training.
    /// </summary>
    public DatasetSplit Standardize()
    {
        if (Scaling is not null)
        {
            throw new InvalidOperationException("This split is already standardised.");
        }

        var scaling = Standardization.Fit(Train);
        return new DatasetSplit(scaling.Apply(Train), scaling.Apply(Validation), scaling);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Train.Name}: {Train.Count} train / {Validation.Count} validation{(Scaling is null ? ", raw features" : ", standardised")}";
}
