namespace Course.Optimizers;

/// <summary>
/// RAdam's variance rectification (Liu et al. 2020, eqs. 4–6): how many gradients the second moment's
/// exponential average is effectively built from, and the factor that shrinks Adam's step while that is few.
/// </summary>
public static class RAdamRectification
{
    /// <summary>The threshold on ρ_t above which <see cref="RAdam{T}"/> uses the adaptive step (PyTorch 1.13: 5).</summary>
    public const double Threshold = 5;

    /// <summary>
    /// ρ_∞ = 2 / (1 − β₂) − 1, the length of the simple moving average an exponential average with rate β₂
    /// approximates once warmed up.
    /// </summary>
    /// <param name="beta2">The second moment's decay rate β₂, in [0, 1).</param>
    public static double LengthLimit(double beta2)
    {
        Hyperparameter.RequireUnitInterval(beta2, nameof(beta2));
        return (2 / (1 - beta2)) - 1;
    }

    /// <summary>ρ_t = ρ_∞ − 2 t β₂ᵗ / (1 − β₂ᵗ), the approximated moving average's length after step t.</summary>
    /// <param name="beta2">The second moment's decay rate β₂, in [0, 1).</param>
    /// <param name="step">The step t, ≥ 1.</param>
    public static double Length(double beta2, long step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        var decayed = Math.Pow(beta2, step);
        return LengthLimit(beta2) - (2 * step * decayed / (1 - decayed));
    }

    /// <summary>
    /// r_t = √((ρ_t − 4)(ρ_t − 2) ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2) ρ_t)) when ρ_t &gt; <see cref="Threshold"/>, the factor by
    /// which the variance of the adaptive step exceeds its limit; <see langword="null"/> when ρ_t ≤ 5, where RAdam
    /// takes a plain momentum step instead.
    /// </summary>
    /// <param name="beta2">The second moment's decay rate β₂, in [0, 1).</param>
    /// <param name="step">The step t, ≥ 1.</param>
    public static double? Term(double beta2, long step)
    {
        var rho = Length(beta2, step);
        if (!(rho > Threshold))
        {
            return null;
        }

        var limit = LengthLimit(beta2);
        return Math.Sqrt((rho - 4) * (rho - 2) * limit / ((limit - 4) * (limit - 2) * rho));
    }
}
