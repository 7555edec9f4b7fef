using Course.Surfaces;

namespace Course.Tests.Surfaces;

internal static class AllSurfaces
{
    public static IReadOnlyDictionary<string, ISurface> ByName { get; } = new Dictionary<string, ISurface>
    {
        ["quadratic κ=1"] = new IllConditionedQuadratic(1),
        ["quadratic κ=25 s=0.4"] = new IllConditionedQuadratic(25, 0.4),
        ["rosenbrock"] = new Rosenbrock(),
        ["rosenbrock a=-0.5 b=20"] = new Rosenbrock(-0.5, 20),
        ["beale"] = new Beale(),
        ["saddle"] = new Saddle(),
        ["himmelblau"] = new Himmelblau(),
    };
}
