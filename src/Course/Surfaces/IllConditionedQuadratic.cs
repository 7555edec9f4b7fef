namespace Course.Surfaces;

/// <summary>
/// The ravine: f(x, y) = (s / 2)·(x² + κ·y²), a bowl whose curvature along y is κ times that along x.
/// Its Hessian is diag(s, κ·s) everywhere, so its condition number is exactly κ.
/// </summary>
/// <remarks>
/// Gradient descent with learning rate η multiplies each coordinate by (1 − η·λ) per step, with λ = s along x
/// and λ = κ·s along y: it is stable only for η &lt; 2 / (κ·s), and then creeps along x at rate 1 − η·s.
/// </remarks>
public sealed class IllConditionedQuadratic : ISurface
{
    /// <summary>Creates the quadratic with condition number <paramref name="conditionNumber"/>.</summary>
    /// <param name="conditionNumber">κ ≥ 1, the ratio of the largest to the smallest curvature.</param>
    /// <param name="scale">s &gt; 0, the curvature along x (the smallest eigenvalue).</param>
    public IllConditionedQuadratic(double conditionNumber = 10, double scale = 1)
    {
        if (!(conditionNumber >= 1) || double.IsInfinity(conditionNumber))
        {
            throw new ArgumentOutOfRangeException(nameof(conditionNumber), conditionNumber, $"conditionNumber must be a finite number ≥ 1, but was {conditionNumber}.");
        }

        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"scale must be a finite number > 0, but was {scale}.");
        }

        ConditionNumber = conditionNumber;
        Scale = scale;
    }

    /// <summary>κ, the condition number given at construction.</summary>
    public double ConditionNumber { get; }

    /// <summary>s, the curvature along x.</summary>
    public double Scale { get; }

    /// <summary>The smallest Hessian eigenvalue, s (along x).</summary>
    public double SmallestEigenvalue => Scale;

    /// <summary>The largest Hessian eigenvalue, κ·s (along y).</summary>
    public double LargestEigenvalue => ConditionNumber * Scale;

    /// <summary>Gradient descent diverges for learning rates above 2 / λmax.</summary>
    public double MaxStableLearningRate => 2 / LargestEigenvalue;

    /// <summary>The learning rate 2 / (λmin + λmax) that makes plain gradient descent contract fastest.</summary>
    public double OptimalLearningRate => 2 / (SmallestEigenvalue + LargestEigenvalue);

    /// <inheritdoc />
    public string Name => $"Quadratic (κ = {ConditionNumber:G4})";

    /// <inheritdoc />
    public IReadOnlyList<SurfaceMinimum> Minima { get; } = [new(0, 0, 0)];

    /// <inheritdoc />
    public PlotBounds Bounds { get; } = new(-5, 5, -3, 3);

    /// <inheritdoc />
    public (double X, double Y) DefaultStart => (-4.5, 2.0);

    /// <inheritdoc />
    public double Value(double x, double y) => 0.5 * Scale * ((x * x) + (ConditionNumber * y * y));

    /// <inheritdoc />
    public (double Dx, double Dy) Gradient(double x, double y) => (Scale * x, Scale * ConditionNumber * y);

    /// <inheritdoc />
    public Hessian2 Hessian(double x, double y) => new(Scale, 0, Scale * ConditionNumber);
}
