using Course.Surfaces;

namespace Course.Tests.Surfaces;

/// <summary>Analytic gradients and Hessians against central finite differences of the value.</summary>
public sealed class SurfaceDerivativeTests
{
    public static TheoryData<string> SurfaceNames => new(AllSurfaces.ByName.Keys);

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Gradient_matches_central_differences_of_the_value(string name)
    {
        var surface = AllSurfaces.ByName[name];
        foreach (var (x, y) in SamplePoints(surface))
        {
            var (dx, dy) = surface.Gradient(x, y);
            var h = 1e-5;
            var fdx = (surface.Value(x + h, y) - surface.Value(x - h, y)) / (2 * h);
            var fdy = (surface.Value(x, y + h) - surface.Value(x, y - h)) / (2 * h);
            AssertClose(fdx, dx, $"{name} ∂f/∂x at ({x}, {y})");
            AssertClose(fdy, dy, $"{name} ∂f/∂y at ({x}, {y})");
        }
    }

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Hessian_matches_central_differences_of_the_gradient(string name)
    {
        var surface = AllSurfaces.ByName[name];
        foreach (var (x, y) in SamplePoints(surface))
        {
            var hessian = surface.Hessian(x, y);
            var h = 1e-5;
            var (gxp, gyp) = surface.Gradient(x + h, y);
            var (gxm, gym) = surface.Gradient(x - h, y);
            var (gxq, gyq) = surface.Gradient(x, y + h);
            var (gxr, gyr) = surface.Gradient(x, y - h);
            AssertClose((gxp - gxm) / (2 * h), hessian.Dxx, $"{name} ∂²f/∂x² at ({x}, {y})");
            AssertClose((gyp - gym) / (2 * h), hessian.Dxy, $"{name} ∂²f/∂y∂x at ({x}, {y})");
            AssertClose((gxq - gxr) / (2 * h), hessian.Dxy, $"{name} ∂²f/∂x∂y at ({x}, {y})");
            AssertClose((gyq - gyr) / (2 * h), hessian.Dyy, $"{name} ∂²f/∂y² at ({x}, {y})");
        }
    }

    private static IEnumerable<(double X, double Y)> SamplePoints(ISurface surface)
    {
        var random = new Random(1234);
        var b = surface.Bounds;
        for (var i = 0; i < 50; i++)
        {
            yield return (b.XMin + (random.NextDouble() * (b.XMax - b.XMin)), b.YMin + (random.NextDouble() * (b.YMax - b.YMin)));
        }

        yield return surface.DefaultStart;
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        var tolerance = 1e-6 * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: finite difference {expected}, analytic {actual}");
    }
}
