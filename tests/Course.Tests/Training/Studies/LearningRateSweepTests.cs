using Course.Training.Studies;

namespace Course.Tests.Training.Studies;

/// <summary>
/// Sweeps over gradient descent on f(w) = ½λw² from w₀ = 1, whose loss after n steps is the closed form
/// ½λ(1 − ηλ)²ⁿ: best at η = 1/λ, diverging for η &gt; 2/λ.
/// </summary>
public sealed class LearningRateSweepTests
{
    private const double Lambda = 10;
    private const int Steps = 20;

    private static double LossAfterSteps(double lr, int seed) =>
        0.5 * Lambda * Math.Pow(1 - (lr * Lambda), 2 * Steps) * (1 + (0.01 * seed));

    private static double Score(double loss) => loss > 1e6 ? double.PositiveInfinity : loss;

    [Fact]
    public void A_grid_below_the_optimum_is_extended_upwards_until_it_brackets_one_over_lambda()
    {
        var result = LearningRateSweep.Run(LossAfterSteps, Score, [1e-4, 3.16e-4, 1e-3], seeds: 3, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.BestIsInterior);
        Assert.True(result.Extensions > 0);
        var best = result.Best!;
        var i = result.Points.ToList().IndexOf(best);
        Assert.InRange(1 / Lambda, result.Points[i - 1].LearningRate, result.Points[i + 1].LearningRate);
        Assert.Equal(3, best.Runs.Count);
    }

    [Fact]
    public void A_grid_that_diverges_everywhere_is_extended_downwards()
    {
        var result = LearningRateSweep.Run(LossAfterSteps, Score, [1, 3], seeds: 2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.BestIsInterior);
        Assert.True(result.Points[^1].Diverged == 2);
        Assert.InRange(result.Best!.LearningRate, 0.02, 0.2); // within one √10 step of 1/λ = 0.1
    }

    [Fact]
    public void The_mean_score_of_each_point_averages_its_seeds()
    {
        var result = LearningRateSweep.Run(LossAfterSteps, Score, [0.03, 0.1, 0.3], seeds: 4, maxExtensions: 0, cancellationToken: TestContext.Current.CancellationToken);
        var point = result.Points[0];
        Assert.Equal(Enumerable.Range(0, 4).Average(seed => LossAfterSteps(0.03, seed)), point.Score.Mean, 12);
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => LearningRateSweep.Run(LossAfterSteps, Score, [], cancellationToken: TestContext.Current.CancellationToken)).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => LearningRateSweep.Run(LossAfterSteps, Score, [-1.0], cancellationToken: TestContext.Current.CancellationToken)).ParamName);
        Assert.Equal("stepFactor", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSweep.Run(LossAfterSteps, Score, [0.1], stepFactor: 1, cancellationToken: TestContext.Current.CancellationToken)).ParamName);
        Assert.Equal("seeds", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSweep.Run(LossAfterSteps, Score, [0.1], seeds: 0, cancellationToken: TestContext.Current.CancellationToken)).ParamName);
    }
}
