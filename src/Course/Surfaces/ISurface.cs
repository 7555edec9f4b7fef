namespace Course.Surfaces;

/// <summary>
/// A smooth function of two variables with its analytic gradient and Hessian: the loss landscape
/// on which lessons watch optimizers move.
/// </summary>
public interface ISurface
{
    /// <summary>A display name such as <c>"Rosenbrock"</c>.</summary>
    string Name { get; }

    /// <summary>The known minima (empty when the surface is unbounded below, as the saddle is).</summary>
    IReadOnlyList<SurfaceMinimum> Minima { get; }

    /// <summary>The region a contour plot of this surface should show.</summary>
    PlotBounds Bounds { get; }

    /// <summary>A starting point that makes the surface's difficulty visible.</summary>
    (double X, double Y) DefaultStart { get; }

    /// <summary>The value f(x, y).</summary>
    double Value(double x, double y);

    /// <summary>The gradient ∇f(x, y) = (∂f/∂x, ∂f/∂y).</summary>
    (double Dx, double Dy) Gradient(double x, double y);

    /// <summary>The Hessian ∇²f(x, y), the symmetric matrix of second derivatives.</summary>
    Hessian2 Hessian(double x, double y);
}
