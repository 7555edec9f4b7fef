using Course.Training;

namespace Course.Benchmarks;

/// <summary>
/// The digits split both sides of the MLP comparison use: every fifth row (0, 5, 10, …) for validation,
/// the rest for training, standardised with the training statistics. bench/torch_mlp_epoch.py builds the same.
/// </summary>
public static class DigitsBenchmarkData
{
    public static DatasetSplit Load()
    {
        var digits = Datasets.Digits();
        var validation = Enumerable.Range(0, digits.Count).Where(i => i % 5 == 0).ToArray();
        var train = Enumerable.Range(0, digits.Count).Where(i => i % 5 != 0).ToArray();
        return new DatasetSplit(digits.Subset(train), digits.Subset(validation)).Standardize();
    }
}
