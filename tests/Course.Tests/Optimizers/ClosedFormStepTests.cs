using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>
/// Steps whose result follows from the update rule by hand (constant gradients, first steps),
/// written out here independently of the optimizer code.
/// </summary>
public sealed class ClosedFormStepTests
{
    private const double Tolerance = 1e-13;

    [Fact]
    public void Sgd_with_momentum_under_a_constant_gradient_moves_by_the_geometric_sum()
    {
        // b_1 = g, b_t = μ b_{t−1} + g  ⇒  b_t = g (1 − μᵗ) / (1 − μ).
        const double lr = 0.1, mu = 0.9, g = 2.0;
        var p = Scalar(1.0, g);
        var sgd = new Sgd<double>([p], new SgdOptions(LearningRate: lr, Momentum: mu));
        var expected = 1.0;
        for (var t = 1; t <= 10; t++)
        {
            sgd.Step();
            expected -= lr * g * (1 - Math.Pow(mu, t)) / (1 - mu);
            Assert.Equal(expected, p.Value[0], Tolerance);
            Assert.Equal(g * (1 - Math.Pow(mu, t)) / (1 - mu), sgd.StateOf(p)!.Velocity[0], Tolerance);
        }
    }

    [Fact]
    public void Nesterov_looks_ahead_by_adding_momentum_times_the_new_velocity()
    {
        const double lr = 0.1, mu = 0.9, g = 2.0;
        var p = Scalar(1.0, g);
        var sgd = new Sgd<double>([p], new SgdOptions(LearningRate: lr, Momentum: mu, Nesterov: true));
        var expected = 1.0;
        for (var t = 1; t <= 5; t++)
        {
            sgd.Step();
            var velocity = g * (1 - Math.Pow(mu, t)) / (1 - mu);
            expected -= lr * (g + (mu * velocity));
            Assert.Equal(expected, p.Value[0], Tolerance);
        }
    }

    [Fact]
    public void Sgd_dampening_scales_the_gradient_entering_the_velocity_after_the_first_step()
    {
        const double lr = 0.1, mu = 0.5, tau = 0.25, g = 1.0;
        var p = Scalar(0.0, g);
        var sgd = new Sgd<double>([p], new SgdOptions(LearningRate: lr, Momentum: mu, Dampening: tau));
        sgd.Step();
        sgd.Step();
        var b1 = g;
        var b2 = (mu * b1) + ((1 - tau) * g);
        Assert.Equal(-lr * (b1 + b2), p.Value[0], Tolerance);
    }

    [Fact]
    public void Weight_decay_adds_lambda_theta_to_the_gradient_and_maximize_flips_it()
    {
        var p = Scalar(2.0, 0.5);
        new Sgd<double>([p], new SgdOptions(LearningRate: 0.1, WeightDecay: 0.3, Maximize: true)).Step();
        Assert.Equal(2.0 - (0.1 * (-0.5 + (0.3 * 2.0))), p.Value[0], Tolerance);
    }

    [Fact]
    public void Adagrad_under_a_constant_gradient_steps_by_lr_over_root_t()
    {
        // s_t = t g², so step t moves by lr g / (√t |g| + ε).
        const double lr = 0.5, g = -3.0, eps = 1e-10;
        var p = Scalar(0.0, g);
        var adagrad = new Adagrad<double>([p], new AdagradOptions(LearningRate: lr));
        var expected = 0.0;
        for (var t = 1; t <= 8; t++)
        {
            adagrad.Step();
            expected -= lr * g / ((Math.Sqrt(t) * Math.Abs(g)) + eps);
            Assert.Equal(expected, p.Value[0], Tolerance);
            Assert.Equal(t * g * g, adagrad.StateOf(p)!.SumOfSquares[0], Tolerance);
        }
    }

    [Fact]
    public void Adagrad_lr_decay_and_initial_accumulator_enter_the_first_two_steps()
    {
        const double lr = 0.5, decay = 0.5, s0 = 4.0, g = 1.0;
        var p = Scalar(0.0, g);
        var adagrad = new Adagrad<double>([p], new AdagradOptions(LearningRate: lr, LearningRateDecay: decay, InitialAccumulatorValue: s0));
        adagrad.Step();
        adagrad.Step();
        var expected = -(lr * g / (Math.Sqrt(s0 + 1) + 1e-10)) - (lr / (1 + decay) * g / (Math.Sqrt(s0 + 2) + 1e-10));
        Assert.Equal(expected, p.Value[0], Tolerance);
    }

    [Fact]
    public void RmsProp_first_step_divides_by_root_of_one_minus_alpha_times_g_squared()
    {
        const double lr = 0.01, alpha = 0.9, g = 4.0;
        var p = Scalar(1.0, g);
        var rmsprop = new RmsProp<double>([p], new RmsPropOptions(LearningRate: lr, Alpha: alpha));
        rmsprop.Step();
        Assert.Equal(1.0 - (lr * g / ((Math.Sqrt(1 - alpha) * g) + 1e-8)), p.Value[0], Tolerance);
        Assert.Equal((1 - alpha) * g * g, rmsprop.StateOf(p)!.SquareAverage[0], Tolerance);
    }

    [Fact]
    public void Centered_RmsProp_subtracts_the_squared_mean_gradient()
    {
        const double lr = 0.01, alpha = 0.5, g = 2.0;
        var p = Scalar(0.0, g);
        var rmsprop = new RmsProp<double>([p], new RmsPropOptions(LearningRate: lr, Alpha: alpha, Centered: true));
        rmsprop.Step();
        var variance = ((1 - alpha) * g * g) - Math.Pow((1 - alpha) * g, 2);
        Assert.Equal(-lr * g / (Math.Sqrt(variance) + 1e-8), p.Value[0], Tolerance);
        Assert.Equal((1 - alpha) * g, rmsprop.StateOf(p)!.GradientAverage[0], Tolerance);
    }

    [Fact]
    public void Adam_under_a_constant_gradient_moves_by_lr_each_step_because_bias_correction_is_exact()
    {
        // m̂_t = g and v̂_t = g² for a constant g, so each step is lr g / (|g| + ε).
        const double lr = 0.01, g = -0.25;
        var p = Scalar(1.0, g);
        var adam = new Adam<double>([p], new AdamOptions(LearningRate: lr));
        for (var t = 1; t <= 20; t++)
        {
            adam.Step();
            Assert.Equal(1.0 - (t * lr * g / (Math.Abs(g) + 1e-8)), p.Value[0], 1e-12);
        }

        var state = adam.StateOf(p)!;
        Assert.Equal(20, state.Step);
        Assert.Equal(g * (1 - Math.Pow(0.9, 20)), state.ExpAvg[0], Tolerance);
        Assert.Equal(g * g * (1 - Math.Pow(0.999, 20)), state.ExpAvgSq[0], Tolerance);
    }

    [Fact]
    public void Amsgrad_keeps_the_largest_second_moment_when_gradients_shrink()
    {
        var p = Scalar(0.0, 10.0);
        var adam = new Adam<double>([p], new AdamOptions(Amsgrad: true));
        adam.Step();
        p.Gradient[0] = 0.0;
        adam.Step();
        var state = adam.StateOf(p)!;
        Assert.Equal(0.001 * 100.0, state.MaxExpAvgSq[0], Tolerance);
        Assert.Equal(0.999 * 0.001 * 100.0, state.ExpAvgSq[0], Tolerance);
    }

    [Fact]
    public void Adam_weight_decay_is_coupled_and_AdamW_weight_decay_shrinks_the_weights_first()
    {
        const double lr = 0.1, wd = 0.5, theta = 2.0, g = 1.0;
        var adamParameter = Scalar(theta, g);
        new Adam<double>([adamParameter], new AdamOptions(LearningRate: lr, WeightDecay: wd)).Step();
        var coupled = g + (wd * theta);
        Assert.Equal(theta - (lr * coupled / (coupled + 1e-8)), adamParameter.Value[0], 1e-12);

        var adamWParameter = Scalar(theta, g);
        new AdamW<double>([adamWParameter], new AdamWOptions(LearningRate: lr, WeightDecay: wd)).Step();
        Assert.Equal((theta * (1 - (lr * wd))) - (lr * g / (g + 1e-8)), adamWParameter.Value[0], 1e-12);
    }

    [Fact]
    public void NAdam_first_step_combines_gradient_and_look_ahead_moment()
    {
        const double lr = 2e-3, b1 = 0.9, b2 = 0.999, psi = 4e-3, g = 3.0;
        var p = Scalar(0.0, g);
        new NAdam<double>([p]).Step();
        var mu1 = b1 * (1 - (0.5 * Math.Pow(0.96, psi)));
        var mu2 = b1 * (1 - (0.5 * Math.Pow(0.96, 2 * psi)));
        var denominator = (Math.Sqrt((1 - b2) * g * g) / Math.Sqrt(1 - b2)) + 1e-8;
        var expected = -(lr * (1 - mu1) / (1 - mu1) * g / denominator) - (lr * mu2 / (1 - (mu1 * mu2)) * (1 - b1) * g / denominator);
        Assert.Equal(expected, p.Value[0], Tolerance);
    }

    [Fact]
    public void RAdam_takes_momentum_steps_until_the_moving_average_is_longer_than_five()
    {
        // ρ_t = ρ_∞ − 2tβ₂ᵗ/(1 − β₂ᵗ) with ρ_∞ = 2/(1 − β₂) − 1 = 1999: ρ_1 = 1 exactly, ρ_5 ≈ 4.996, ρ_6 ≈ 5.994.
        // Under a constant gradient m̂_t = g, so each unrectified step moves by exactly γg.
        const double lr = 0.01, g = 2.0;
        var p = Scalar(1.0, g);
        var radam = new RAdam<double>([p], new RAdamOptions(LearningRate: lr));
        for (var t = 1; t <= 5; t++)
        {
            radam.Step();
            Assert.Equal(1.0 - (t * lr * g), p.Value[0], Tolerance);
            Assert.Null(RAdamRectification.Term(0.999, t));
        }

        // Step 6 is rectified: under a constant gradient v_6 = (1 − β₂⁶) g², so the step is γ g l_6 r_6.
        radam.Step();
        var rho = 1999 - (2 * 6 * Math.Pow(0.999, 6) / (1 - Math.Pow(0.999, 6)));
        var r = Math.Sqrt((rho - 4) * (rho - 2) * 1999 / (1995.0 * 1997 * rho));
        var l = Math.Sqrt(1 - Math.Pow(0.999, 6)) / (Math.Sqrt((1 - Math.Pow(0.999, 6)) * g * g) + 1e-8);
        Assert.Equal(1.0 - (5 * lr * g) - (lr * g * l * r), p.Value[0], Tolerance);
        Assert.Equal(1.0, RAdamRectification.Length(0.999, 1), Tolerance);
        Assert.Equal(r, RAdamRectification.Term(0.999, 6)!.Value, Tolerance);
        Assert.Equal(1999, RAdamRectification.LengthLimit(0.999), 1e-9); // 1 − 0.999 is not exactly 0.001 in binary
    }

    [Fact]
    public void Adamax_first_step_moves_by_about_lr_in_the_sign_direction()
    {
        // m_1 = (1 − β₁)g, u_1 = |g| + ε, θ_1 = θ_0 − γ/(1 − β₁) · m_1/u_1 = θ_0 − γ g/(|g| + ε).
        const double lr = 2e-3, g = -3.0;
        var p = Scalar(0.5, g);
        var adamax = new Adamax<double>([p]);
        adamax.Step();
        Assert.Equal(0.5 - (lr * g / (Math.Abs(g) + 1e-8)), p.Value[0], Tolerance);
        Assert.Equal(Math.Abs(g) + 1e-8, adamax.StateOf(p)!.ExpInf[0], Tolerance);

        // A smaller gradient next: u keeps the decayed maximum 0.999 (|g| + ε) rather than the new |g|.
        p.Gradient[0] = 0.5;
        adamax.Step();
        Assert.Equal(0.999 * (Math.Abs(g) + 1e-8), adamax.StateOf(p)!.ExpInf[0], Tolerance);
    }

    [Fact]
    public void Lion_moves_every_coordinate_by_exactly_lr_in_the_sign_direction()
    {
        var p = new Parameter<double>("w", [1.0, 1.0, 1.0], [5.0, -1e-6, 0.0]);
        var lion = new Lion<double>([p], new LionOptions(LearningRate: 0.01, WeightDecay: 0.5));
        lion.Step();
        var decayed = 1.0 * (1 - (0.01 * 0.5));
        Assert.Equal([decayed - 0.01, decayed + 0.01, decayed], p.Value);
        Assert.Equal([(1 - 0.99) * 5.0, (1 - 0.99) * -1e-6, 0.0], lion.StateOf(p)!.ExpAvg.ToArray());
    }

    [Fact]
    public void Vectorized_and_scalar_tail_elements_follow_the_same_rule()
    {
        // 37 elements: several full vectors plus a scalar tail, each element the same 1-element problem.
        var many = new Parameter<double>("many", Enumerable.Repeat(0.5, 37).ToArray(), Enumerable.Repeat(-1.5, 37).ToArray());
        var one = Scalar(0.5, -1.5);
        var a = new Adam<double>([many], new AdamOptions(LearningRate: 0.1, WeightDecay: 0.1, Amsgrad: true));
        var b = new Adam<double>([one], new AdamOptions(LearningRate: 0.1, WeightDecay: 0.1, Amsgrad: true));
        for (var t = 0; t < 5; t++)
        {
            a.Step();
            b.Step();
        }

        Assert.All(many.Value, x => Assert.Equal(one.Value[0], x));
    }

    private static Parameter<double> Scalar(double value, double gradient) => new("w", [value], [gradient]);
}
