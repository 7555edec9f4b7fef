using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

public sealed class SplitTests
{
    private static readonly Dataset Digits = Datasets.Digits();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Split_sizes_add_up_and_the_parts_are_disjoint(bool stratify)
    {
        // feature 0 is the row number, so every example is recognisable after the split
        var numbered = new Dataset("numbered", Matrix<double>.Build.Dense(1000, 2, (i, j) => j == 0 ? i : -i), Enumerable.Range(0, 1000).Select(i => i % 3).ToArray(), ["a", "b", "c"]);

        var split = numbered.Split(0.2, seed: 7, stratify);

        Assert.Equal(1000, split.Train.Count + split.Validation.Count);
        Assert.InRange(split.Validation.Count, 199, 201);
        var train = RowNumbers(split.Train);
        var validation = RowNumbers(split.Validation);
        Assert.Empty(train.Intersect(validation));
        Assert.Equal(Enumerable.Range(0, 1000), train.Concat(validation).Order());
        Assert.All(Enumerable.Range(0, split.Train.Count), r => Assert.Equal((int)split.Train.Features[r, 0] % 3, split.Train.Labels[r]));
    }

    [Fact]
    public void Stratified_split_keeps_each_class_share()
    {
        var split = Digits.Split(0.25, seed: 1);

        for (var c = 0; c < 10; c++)
        {
            var all = Digits.Labels.Count(y => y == c);
            var held = split.Validation.Labels.Count(y => y == c);
            Assert.InRange(held, (0.25 * all) - 1, (0.25 * all) + 1);
        }
    }

    [Fact]
    public void Same_seed_same_split_other_seed_other_split()
    {
        var a = Digits.Split(0.2, seed: 3);
        var b = Digits.Split(0.2, seed: 3);
        var c = Digits.Split(0.2, seed: 4);

        Assert.Equal(a.Validation.Features, b.Validation.Features);
        Assert.Equal(a.Validation.Labels, b.Validation.Labels);
        Assert.NotEqual(a.Validation.Features, c.Validation.Features);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Fraction_outside_the_open_unit_interval_is_rejected(double fraction)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Digits.Split(fraction));
        Assert.Equal("validationFraction", error.ParamName);
    }

    [Fact]
    public void Standardised_train_columns_have_mean_0_and_std_1_and_validation_uses_train_statistics()
    {
        var raw = Datasets.BreastCancer().Split(0.2, seed: 0);
        var split = raw.Standardize();

        for (var j = 0; j < split.Train.FeatureCount; j++)
        {
            var column = split.Train.Features.Column(j).ToArray();
            var mean = column.Average();
            var std = Math.Sqrt(column.Select(x => (x - mean) * (x - mean)).Average());
            Assert.Equal(0.0, mean, 1e-12);
            Assert.Equal(1.0, std, 1e-12);
        }

        // validation is mapped with the training mean and std, not its own
        var rawColumn = raw.Train.Features.Column(3).ToArray();
        var trainMean = rawColumn.Average();
        var trainStd = Math.Sqrt(rawColumn.Select(x => (x - trainMean) * (x - trainMean)).Average());
        Assert.Equal((raw.Validation.Features[0, 3] - trainMean) / trainStd, split.Validation.Features[0, 3], 1e-12);
        Assert.NotNull(split.Scaling);
        Assert.Null(raw.Scaling);
    }

    [Fact]
    public void Constant_columns_stay_finite_when_standardised()
    {
        // the digits' corner pixels are always 0 in some splits
        var split = Digits.Split(0.2, seed: 0).Standardize();

        Assert.All(split.Train.Features.Enumerate(), x => Assert.True(double.IsFinite(x)));
    }

    private static int[] RowNumbers(Dataset data) => data.Features.Column(0).Select(x => (int)x).ToArray();
}
