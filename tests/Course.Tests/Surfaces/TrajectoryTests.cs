using Course.Optimizers;
using Course.Surfaces;

namespace Course.Tests.Surfaces;

public sealed class TrajectoryTests
{
    private static Func<Parameter<double>, IOptimizer> Sgd(double lr, double momentum = 0) =>
        p => new Sgd<double>([p], new SgdOptions(LearningRate: lr, Momentum: momentum));

    [Theory]
    [InlineData(10.0, 0.05)]
    [InlineData(10.0, 0.15)]
    [InlineData(4.0, 0.45)]
    public void Sgd_on_a_quadratic_follows_the_closed_form_iterate_in_each_eigen_direction(double kappa, double lr)
    {
        // x_t = (1 − η·λ₁)^t · x₀ and y_t = (1 − η·λ₂)^t · y₀ with λ₁ = s, λ₂ = κ·s.
        var surface = new IllConditionedQuadratic(kappa, scale: 0.5);
        var (x0, y0) = (-4.0, 2.5);
        var result = Trajectory.Run(surface, Sgd(lr), (x0, y0), steps: 40);

        Assert.False(result.Diverged);
        Assert.Equal(41, result.Positions.Count);
        for (var t = 0; t <= 40; t++)
        {
            var x = Math.Pow(1 - (lr * 0.5), t) * x0;
            var y = Math.Pow(1 - (lr * 0.5 * kappa), t) * y0;
            Assert.Equal(x, result.Positions[t].X, 1e-12);
            Assert.Equal(y, result.Positions[t].Y, 1e-12);
            Assert.Equal(0.25 * ((x * x) + (kappa * y * y)), result.Losses[t], 1e-10);
            Assert.Equal(Math.Sqrt(Math.Pow(0.5 * x, 2) + Math.Pow(0.5 * kappa * y, 2)), result.GradientNorms[t], 1e-10);
        }
    }

    [Fact]
    public void A_learning_rate_above_two_over_the_largest_curvature_is_reported_as_divergence()
    {
        var surface = new IllConditionedQuadratic(20);
        var lr = 1.1 * surface.MaxStableLearningRate;
        var result = Trajectory.Run(surface, Sgd(lr), steps: 1000);

        Assert.True(result.Diverged);
        Assert.NotNull(result.DivergedAtStep);
        Assert.Equal(result.DivergedAtStep, result.Steps);
        Assert.True(result.Steps < 1000);
        Assert.True(result.FinalLoss > Trajectory.DefaultBlowUpFactor * result.Losses[0]);
        Assert.Contains("diverged", result.ToString());
    }

    [Fact]
    public void A_run_that_reaches_infinity_stops_there_instead_of_throwing()
    {
        var result = Trajectory.Run(new Rosenbrock(), Sgd(1.0), (-1.5, 2.0), steps: 100, blowUpFactor: double.PositiveInfinity);

        Assert.True(result.Diverged);
        Assert.True(!double.IsFinite(result.FinalLoss) || !double.IsFinite(result.FinalPosition.X));
    }

    [Fact]
    public void A_learning_rate_just_below_the_limit_converges()
    {
        var surface = new IllConditionedQuadratic(20);
        var result = Trajectory.Run(surface, Sgd(0.9 * surface.MaxStableLearningRate), steps: 2000);

        Assert.False(result.Diverged);
        Assert.Null(result.DivergedAtStep);
        Assert.Equal(2000, result.Steps);
        Assert.True(result.FinalLoss < 1e-12);
    }

    [Fact]
    public void Small_steps_with_momentum_reach_the_rosenbrock_minimum()
    {
        var result = Trajectory.Run(new Rosenbrock(), Sgd(1e-3, momentum: 0.9), steps: 5000);

        Assert.False(result.Diverged);
        Assert.Equal(1.0, result.FinalPosition.X, 1e-3);
        Assert.Equal(1.0, result.FinalPosition.Y, 1e-3);
        Assert.Equal("SGD (momentum 0.9)", result.OptimizerName);
        Assert.Equal("Rosenbrock", result.SurfaceName);
    }

    [Fact]
    public void Default_start_and_zero_steps_record_just_the_start()
    {
        var surface = new Beale();
        var result = Trajectory.Run(surface, Sgd(0.01), steps: 0);

        Assert.Equal([surface.DefaultStart], result.Positions);
        Assert.Equal(surface.Value(1.0, 1.5), result.Losses.Single());
        Assert.Equal(result.Positions.Select(p => p.X), result.Xs);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var surface = new Saddle();
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => Trajectory.Run(surface, Sgd(0.1), steps: -1)).ParamName);
        Assert.Equal("blowUpFactor", Assert.Throws<ArgumentOutOfRangeException>(() => Trajectory.Run(surface, Sgd(0.1), blowUpFactor: 0.5)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Trajectory.Run(surface, Sgd(0.1), (double.NaN, 0))).ParamName);
        Assert.Equal("optimizerFactory", Assert.Throws<ArgumentException>(() => Trajectory.Run(surface, _ => null!)).ParamName);
    }
}
