using Course.Training;

namespace Course.Tests.Training;

public sealed class LinearScalingRuleTests
{
    [Theory]
    [InlineData(0.1, 256, 8192, 3.2)] // Goyal et al.: 0.1 at 256 → 3.2 at 8k
    [InlineData(0.1, 256, 32, 0.0125)]
    [InlineData(0.05, 64, 64, 0.05)]
    public void Linear_rule_multiplies_the_rate_by_the_batch_ratio(double lr, int baseBatch, int newBatch, double expected)
    {
        Assert.Equal(expected, LinearScalingRule.Scale(lr, baseBatch, newBatch), 1e-15);
    }

    [Fact]
    public void Square_root_rule_multiplies_by_the_root_of_the_ratio()
    {
        Assert.Equal(0.002, LinearScalingRule.SquareRootScale(0.001, 32, 128), 1e-15);
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("baseLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => LinearScalingRule.Scale(-0.1, 32, 64)).ParamName);
        Assert.Equal("baseBatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => LinearScalingRule.Scale(0.1, 0, 64)).ParamName);
        Assert.Equal("newBatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => LinearScalingRule.SquareRootScale(0.1, 32, 0)).ParamName);
    }
}
