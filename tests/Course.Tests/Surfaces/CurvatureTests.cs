using Course.Surfaces;

namespace Course.Tests.Surfaces;

public sealed class CurvatureTests
{
    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(10.0, 1.0)]
    [InlineData(100.0, 0.5)]
    [InlineData(1e4, 3.0)]
    public void Quadratic_condition_number_equals_its_parameter_everywhere(double kappa, double scale)
    {
        var surface = new IllConditionedQuadratic(kappa, scale);
        foreach (var (x, y) in new[] { (0.0, 0.0), (1.5, -2.0), (-4.0, 3.0) })
        {
            Assert.Equal(kappa, surface.ConditionNumber(x, y), kappa * 1e-12);
            var (smallest, largest) = surface.Eigenvalues(x, y);
            Assert.Equal(scale, smallest, 1e-12);
            Assert.Equal(scale * kappa, largest, 1e-9);
        }

        Assert.Equal(2 / (scale * kappa), surface.MaxStableLearningRate, 1e-15);
        Assert.Equal(2 / (scale + (scale * kappa)), surface.OptimalLearningRate, 1e-15);
    }

    [Fact]
    public void Eigenvalues_of_a_general_symmetric_hessian_match_the_closed_form()
    {
        // λ = (a + c)/2 ± sqrt(((a − c)/2)² + b²) for [[a, b], [b, c]].
        var h = new Hessian2(4, 3, -2);
        var mean = (4.0 + -2.0) / 2;
        var radius = Math.Sqrt((3.0 * 3.0) + (3.0 * 3.0));
        var (smallest, largest) = h.Eigenvalues();
        Assert.Equal(mean - radius, smallest, 1e-12);
        Assert.Equal(mean + radius, largest, 1e-12);
        Assert.Equal((mean + radius) / Math.Abs(mean - radius), h.ConditionNumber(), 1e-12);
    }

    [Fact]
    public void Rosenbrock_is_ill_conditioned_at_its_minimum()
    {
        // Hessian at (1, 1) is [[802, −400], [−400, 200]]: κ ≈ 2508.
        var h = new Rosenbrock().Hessian(1, 1);
        Assert.Equal(new Hessian2(802, -400, 200), h);
        var trace = 1002.0;
        var det = (802.0 * 200) - (400.0 * 400);
        var disc = Math.Sqrt((trace * trace) - (4 * det));
        Assert.Equal((trace + disc) / (trace - disc), h.ConditionNumber(), 1e-6);
    }

    [Fact]
    public void A_zero_eigenvalue_gives_an_infinite_condition_number()
    {
        Assert.Equal(double.PositiveInfinity, new Hessian2(1, 0, 0).ConditionNumber());
    }

    [Theory]
    [InlineData(0.999)]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Quadratic_rejects_condition_numbers_below_one(double kappa)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IllConditionedQuadratic(kappa));
        Assert.Equal("conditionNumber", error.ParamName);
        Assert.Contains("≥ 1", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Quadratic_and_rosenbrock_reject_non_positive_scales(double value)
    {
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new IllConditionedQuadratic(10, value)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentOutOfRangeException>(() => new Rosenbrock(1, value)).ParamName);
    }

    [Fact]
    public void Plot_bounds_reject_an_empty_rectangle()
    {
        Assert.Equal("XMax", Assert.Throws<ArgumentOutOfRangeException>(() => new PlotBounds(1, 1, 0, 1)).ParamName);
        Assert.Equal("YMax", Assert.Throws<ArgumentOutOfRangeException>(() => new PlotBounds(0, 1, 2, 1)).ParamName);
    }
}
