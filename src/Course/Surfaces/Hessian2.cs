using MathNet.Numerics.LinearAlgebra;

namespace Course.Surfaces;

/// <summary>
/// The 2×2 symmetric Hessian [[∂²f/∂x², ∂²f/∂x∂y], [∂²f/∂x∂y, ∂²f/∂y²]] at one point.
/// </summary>
/// <param name="Dxx">∂²f/∂x².</param>
/// <param name="Dxy">∂²f/∂x∂y (= ∂²f/∂y∂x).</param>
/// <param name="Dyy">∂²f/∂y².</param>
public sealed record Hessian2(double Dxx, double Dxy, double Dyy)
{
    /// <summary>The Hessian as a MathNet.Numerics dense matrix.</summary>
    public Matrix<double> ToMatrix() => Matrix<double>.Build.DenseOfArray(new[,] { { Dxx, Dxy }, { Dxy, Dyy } });

    /// <summary>
    /// The two eigenvalues in ascending order, from MathNet.Numerics' symmetric eigenvalue decomposition.
    /// They are the curvatures along the principal directions: a negative one means the point is not a minimum.
    /// </summary>
    public (double Smallest, double Largest) Eigenvalues()
    {
        var values = ToMatrix().Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).Order().ToArray();
        return (values[0], values[1]);
    }

    /// <summary>
    /// The condition number κ = |λ|max / |λ|min, the ratio of the steepest to the flattest curvature
    /// (∞ when an eigenvalue is 0). On a quadratic, gradient descent with the best fixed learning rate
    /// 2 / (λmin + λmax) shrinks the error by the factor (κ − 1)/(κ + 1) per step, which is why a large κ makes a ravine slow.
    /// </summary>
    public double ConditionNumber()
    {
        var (smallest, largest) = Eigenvalues();
        var low = Math.Min(Math.Abs(smallest), Math.Abs(largest));
        var high = Math.Max(Math.Abs(smallest), Math.Abs(largest));
        return low == 0 ? double.PositiveInfinity : high / low;
    }
}
