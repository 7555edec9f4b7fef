using Course.Surfaces;

namespace Course.Tests.Surfaces;

public sealed class SurfaceMinimaTests
{
    public static TheoryData<string> SurfaceNames => new(AllSurfaces.ByName.Keys);

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Every_listed_minimum_is_a_stationary_point_with_the_listed_value_and_positive_curvature(string name)
    {
        var surface = AllSurfaces.ByName[name];
        foreach (var minimum in surface.Minima)
        {
            Assert.True(surface.GradientNorm(minimum.X, minimum.Y) < 1e-9, $"gradient at {minimum} is {surface.Gradient(minimum.X, minimum.Y)}");
            Assert.Equal(minimum.Value, surface.Value(minimum.X, minimum.Y), 1e-12);
            Assert.True(surface.Eigenvalues(minimum.X, minimum.Y).Smallest > 0, $"Hessian at {minimum} is not positive definite");
        }
    }

    [Fact]
    public void Surfaces_have_the_textbook_minima()
    {
        Assert.Equal([new SurfaceMinimum(1, 1, 0)], new Rosenbrock().Minima);
        Assert.Equal([new SurfaceMinimum(3, 0.5, 0)], new Beale().Minima);
        Assert.Equal(4, new Himmelblau().Minima.Count);
        Assert.Empty(new Saddle().Minima);
    }

    [Fact]
    public void Himmelblau_minima_are_distinct_and_inside_the_plot_bounds()
    {
        var surface = new Himmelblau();
        var b = surface.Bounds;
        Assert.All(surface.Minima, m => Assert.InRange(m.X, b.XMin, b.XMax));
        Assert.All(surface.Minima, m => Assert.InRange(m.Y, b.YMin, b.YMax));
        Assert.Equal(4, surface.Minima.Select(m => (Math.Round(m.X, 3), Math.Round(m.Y, 3))).Distinct().Count());
    }

    [Fact]
    public void Saddle_origin_is_stationary_with_curvatures_of_opposite_sign()
    {
        var saddle = new Saddle();
        Assert.Equal((0.0, 0.0), saddle.Gradient(0, 0));
        Assert.Equal((-2.0, 2.0), saddle.Eigenvalues(0, 0));
    }
}
