using System.Globalization;

namespace Course.Checks.Exercises;

/// <summary>
/// A separable, slightly non-quadratic gradient for the Nesterov exercise:
/// ∇f(x)ᵢ = aᵢ(xᵢ − cᵢ) + kᵢ(xᵢ − cᵢ)³, so the gradient differs from point to point and a lookahead
/// at the wrong place is visible.
/// </summary>
/// <param name="Curvature">aᵢ &gt; 0.</param>
/// <param name="Centre">cᵢ, the minimum.</param>
/// <param name="Cubic">kᵢ ≥ 0.</param>
internal sealed record GradientField(double[] Curvature, double[] Centre, double[] Cubic)
{
    /// <summary>The gradient at <paramref name="x"/>; a new array each call.</summary>
    public double[] At(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Curvature.Length)
        {
            throw new ArgumentException($"gradientAt needs a point with {Curvature.Length} coordinates, but was given {x.Length}.", nameof(x));
        }

        var g = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var d = x[i] - Centre[i];
            g[i] = (Curvature[i] * d) + (Cubic[i] * d * d * d);
        }

        return g;
    }

    /// <summary>The formula with its coefficients, for feedback.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"∇f(x)ᵢ = aᵢ(xᵢ − cᵢ) + kᵢ(xᵢ − cᵢ)³ with a = {VectorText.Of(Curvature)}, c = {VectorText.Of(Centre)}, k = {VectorText.Of(Cubic)}");
}
