using Course.Optimizers;
using Course.Training;

namespace Course.Tests.Training;

/// <summary>A clipped step equals clipping by hand, then the plain step.</summary>
public sealed class ClippedOptimizerTests
{
    [Fact]
    public void A_norm_clipped_sgd_step_moves_by_lr_times_the_clipped_gradient()
    {
        var p = new Parameter<double>("w", [0.0, 0.0]);
        var optimizer = ClippedOptimizer<double>.ByNorm(new Sgd<double>([p], new SgdOptions(LearningRate: 0.1)), [p], maxNorm: 1);
        p.Gradient[0] = 30;
        p.Gradient[1] = 40; // norm 50 → scaled by 1/(50 + 1e-6)
        optimizer.Step();
        var scale = 1 / (50 + 1e-6);
        Assert.Equal(-0.1 * 30 * scale, p.Value[0], 12);
        Assert.Equal(-0.1 * 40 * scale, p.Value[1], 12);
        Assert.Equal("SGD + clip norm 1", optimizer.Name);
    }

    [Fact]
    public void A_value_clipped_step_changes_the_direction()
    {
        var p = new Parameter<double>("w", [0.0, 0.0]);
        var optimizer = ClippedOptimizer<double>.ByValue(new Sgd<double>([p], new SgdOptions(LearningRate: 1)), [p], clipValue: 1);
        p.Gradient[0] = 0.5;
        p.Gradient[1] = 40;
        optimizer.Step();
        Assert.Equal([-0.5, -1.0], p.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClippedOptimizer<double>.ByValue(optimizer, [p], 0));
    }
}
