namespace Course.Charts;

/// <summary>How a contour plot spaces its levels.</summary>
public enum ContourScale
{
    /// <summary>Logarithmic when the surface's values span orders of magnitude (Rosenbrock, Beale), linear otherwise.</summary>
    Auto,

    /// <summary>Evenly spaced levels of f.</summary>
    Linear,

    /// <summary>Evenly spaced levels of log₁₀(f − f_min + δ), so narrow valleys stay visible.</summary>
    Log,
}
