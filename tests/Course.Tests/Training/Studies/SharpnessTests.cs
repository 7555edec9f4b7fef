using Course.Optimizers;
using Course.Training;
using Course.Training.Studies;

namespace Course.Tests.Training.Studies;

/// <summary>
/// The sharpness probe against closed forms. For a quadratic L(w) = ½(w − w*)ᵀH(w − w*) the increase
/// ½[L(w + ρu) + L(w − ρu)] − L(w) is exactly ½ρ²·uᵀHu, and for u uniform on the unit sphere of ℝᵈ
/// E[uᵀHu] = tr(H)/d with Var[uᵀHu] = 2(d·Σλᵢ² − (Σλᵢ)²)/(d²(d + 2)) (moments of the uniform distribution on the
/// sphere: E[uᵢ²] = 1/d, E[uᵢ⁴] = 3/(d(d + 2)), E[uᵢ²uⱼ²] = 1/(d(d + 2))).
/// </summary>
public sealed class SharpnessTests
{
    private static double Quadratic(Parameter<double> w, double[] curvatures, double[] centre) =>
        0.5 * curvatures.Select((h, i) => h * (w.Value[i] - centre[i]) * (w.Value[i] - centre[i])).Sum();

    [Fact]
    public void An_isotropic_quadratic_rises_by_half_rho_squared_times_its_curvature_in_every_direction_even_away_from_its_minimum()
    {
        const double c = 3, rho = 0.2;
        var curvatures = Enumerable.Repeat(c, 7).ToArray();
        var centre = new double[] { 1, -2, 0.5, 0, 3, -1, 2 };
        var w = new Parameter<double>("w", [0.3, 0.1, -0.4, 2, 1, 1, -1]);

        var increase = Sharpness.UnderRandomPerturbations([w], () => Quadratic(w, curvatures, centre), rho, directions: 12, seed: 5);

        Assert.Equal(0.5 * rho * rho * c, increase.Mean, 12);
        Assert.True(increase.HalfWidth < 1e-12, $"every direction gives the same increase, but the interval's half-width is {increase.HalfWidth}");
    }

    [Fact]
    public void The_mean_increase_on_an_anisotropic_quadratic_is_rho_squared_times_the_trace_over_twice_the_dimension()
    {
        const double rho = 0.5;
        const int directions = 4000;
        var curvatures = Enumerable.Range(1, 10).Select(i => (double)i * i).ToArray(); // 1, 4, …, 100
        var d = curvatures.Length;
        var centre = new double[d];
        var w = new Parameter<double>("w", new double[d]);

        var increase = Sharpness.UnderRandomPerturbations([w], () => Quadratic(w, curvatures, centre), rho, directions, seed: 1);

        var expected = rho * rho * curvatures.Sum() / (2 * d);
        var variance = 2 * ((d * curvatures.Sum(h => h * h)) - Math.Pow(curvatures.Sum(), 2)) / (d * d * (d + 2.0));
        var standardError = 0.5 * rho * rho * Math.Sqrt(variance / directions);
        Assert.InRange(increase.Mean, expected - (4 * standardError), expected + (4 * standardError));
    }

    [Fact]
    public void Logistic_regression_at_zero_has_the_closed_form_trace_of_its_hessian()
    {
        // At w = 0 every p = ½, so H = ¼·[X 1]ᵀ[X 1]/n and tr(H) = ¼(mean ‖x‖² + 1) over the d = features + 1 parameters.
        var data = Datasets.BreastCancer().Split(validationFraction: 0.2, seed: 0).Standardize().Train;
        var model = Mlp<double>.LogisticRegression(data.FeatureCount);
        var before = model.Parameters.Select(p => (double[])p.Value.Clone()).ToArray();
        const double rho = 0.05;

        var increase = Sharpness.Of(model, data, rho, directions: 400, seed: 2);

        var meanSquaredNorm = Enumerable.Range(0, data.Count).Average(i => data.Features.Row(i).DotProduct(data.Features.Row(i)));
        var trace = 0.25 * (meanSquaredNorm + 1);
        var expected = rho * rho * trace / (2 * (data.FeatureCount + 1));
        Assert.InRange(increase.Mean, 0.9 * expected, 1.1 * expected);
        Assert.Equal(before, model.Parameters.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void The_weights_are_restored_exactly_even_when_the_loss_throws()
    {
        var w = new Parameter<float>("w", [0.1f, 0.2f, 0.3f]);
        var calls = 0;

        Assert.Throws<InvalidOperationException>(() => Sharpness.UnderRandomPerturbations([w], () => ++calls < 3 ? 1.0 : throw new InvalidOperationException("boom"), 1.0));

        Assert.Equal([0.1f, 0.2f, 0.3f], w.Value);
    }

    [Theory]
    [InlineData(0.0, 5)]
    [InlineData(-1.0, 5)]
    [InlineData(double.NaN, 5)]
    [InlineData(double.PositiveInfinity, 5)]
    [InlineData(1.0, 1)]
    public void A_bad_radius_or_direction_count_is_refused_by_name(double radius, int directions)
    {
        var w = new Parameter<double>("w", [0.0]);

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => Sharpness.UnderRandomPerturbations([w], () => 0.0, radius, directions));

        Assert.Equal(radius > 0 && double.IsFinite(radius) ? "directions" : "radius", error.ParamName);
    }

    [Fact]
    public void Norm_is_the_length_of_all_parameters_together()
    {
        Assert.Equal(13, Sharpness.Norm([new Parameter<double>("a", [3, 4]), new Parameter<double>("b", [12])]), 12);
    }
}
