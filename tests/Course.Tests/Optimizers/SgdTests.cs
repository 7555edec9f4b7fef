using Course.Optimizers;

namespace Course.Tests.Optimizers;

public sealed class SgdTests
{
    [Fact]
    public void Plain_step_moves_against_the_gradient_by_learning_rate_times_gradient()
    {
        var p = new Parameter<double>("w", [1.0, -2.0]);
        var sgd = new Sgd<double>([p], new SgdOptions(LearningRate: 0.1));
        p.Gradient[0] = 3.0;
        p.Gradient[1] = -4.0;

        sgd.Step();

        Assert.Equal(1.0 - (0.1 * 3.0), p.Value[0], 15);
        Assert.Equal(-2.0 + (0.1 * 4.0), p.Value[1], 15);
    }
}
