namespace Course.Surfaces;

/// <summary>Curvature of any <see cref="ISurface"/> at a point, from its Hessian.</summary>
public static class SurfaceCurvature
{
    /// <summary>The Hessian's eigenvalues at (x, y), ascending (MathNet.Numerics symmetric EVD).</summary>
    public static (double Smallest, double Largest) Eigenvalues(this ISurface surface, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return surface.Hessian(x, y).Eigenvalues();
    }

    /// <summary>The Hessian's condition number κ = |λ|max / |λ|min at (x, y).</summary>
    public static double ConditionNumber(this ISurface surface, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return surface.Hessian(x, y).ConditionNumber();
    }

    /// <summary>The Euclidean norm ‖∇f(x, y)‖ of the gradient.</summary>
    public static double GradientNorm(this ISurface surface, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var (dx, dy) = surface.Gradient(x, y);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
