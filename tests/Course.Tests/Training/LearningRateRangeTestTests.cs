using Course.Optimizers;
using Course.Training;

namespace Course.Tests.Training;

/// <summary>The range test's rates form the geometric sequence it promises, and it stops when training blows up.</summary>
public sealed class LearningRateRangeTestTests
{
    [Fact]
    public void Rates_grow_geometrically_and_the_run_stops_after_the_loss_blows_up()
    {
        var data = Datasets.BreastCancer().Split(validationFraction: 0.2, seed: 0).Standardize().Train;
        var model = Mlp<double>.LogisticRegression(data.FeatureCount);
        var optimizer = new Sgd<double>(model.Parameters, new SgdOptions(LearningRate: 1));

        var (rates, losses) = LearningRateRangeTest.Run(model, optimizer, data, 1e-4, 1e4, steps: 81);

        Assert.Equal(1e-4, rates[0], 12);
        for (var k = 1; k < rates.Length; k++)
        {
            Assert.Equal(Math.Pow(10, 0.1), rates[k] / rates[k - 1], 9); // 8 decades over 80 intervals
        }

        Assert.True(rates.Length < 81, "SGD at a learning rate of 10⁴ on standardised logistic regression should blow up before the last step.");
        var last = losses[^1];
        Assert.True(!double.IsFinite(last) || last > 4 * losses[..^1].Min());
        Assert.Equal(rates.Length, losses.Length);
    }
}
