using System.Numerics;
using Course.Optimizers;

namespace Course.Training;

/// <summary>
/// Gradient clipping, applied to the gradients after backpropagation and before the optimizer's step, as
/// PyTorch's <c>torch.nn.utils.clip_grad_norm_</c> and <c>clip_grad_value_</c> do.
/// </summary>
public static class GradientClipping
{
    /// <summary>
    /// Rescales all gradients together so that their joint norm is at most <paramref name="maxNorm"/>:
    /// ‖g‖ = (Σ over every coordinate of every parameter |gᵢ|ᵖ)^(1/p) (the max |gᵢ| for p = ∞), then
    /// g ← g · min(1, maxNorm / (‖g‖ + 10⁻⁶)). The direction of the whole gradient is kept; only its length
    /// shrinks. Matches <c>clip_grad_norm_(parameters, max_norm, norm_type)</c>, including its 10⁻⁶.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameters">The parameters whose gradients are clipped in place.</param>
    /// <param name="maxNorm">The largest joint norm allowed, &gt; 0.</param>
    /// <param name="normType">p: 2 (the default), any finite p ≥ 1, or <see cref="double.PositiveInfinity"/>.</param>
    /// <returns>The joint norm of the gradients before clipping, as PyTorch returns it.</returns>
    public static double ClipByNorm<T>(IEnumerable<Parameter<T>> parameters, double maxNorm, double normType = 2)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(maxNorm > 0) || double.IsInfinity(maxNorm))
        {
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm, $"maxNorm must be a finite number > 0, but was {maxNorm}.");
        }

        if (!(normType >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(normType), normType, $"normType must be ≥ 1 or +∞, but was {normType}.");
        }

        var all = parameters.ToArray();
        var totalNorm = JointNorm(all, normType);
        var coefficient = maxNorm / (totalNorm + 1e-6);
        if (coefficient < 1)
        {
            var scale = T.CreateChecked(coefficient);
            foreach (var parameter in all)
            {
                var gradient = parameter.Gradient;
                for (var i = 0; i < gradient.Length; i++)
                {
                    gradient[i] *= scale;
                }
            }
        }

        return totalNorm;
    }

    /// <summary>
    /// Clamps every gradient coordinate to [−<paramref name="clipValue"/>, <paramref name="clipValue"/>]
    /// independently. Large coordinates are cut while small ones are kept, so the gradient's direction changes.
    /// Matches <c>clip_grad_value_(parameters, clip_value)</c>.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameters">The parameters whose gradients are clipped in place.</param>
    /// <param name="clipValue">The largest absolute value allowed for a coordinate, &gt; 0.</param>
    public static void ClipByValue<T>(IEnumerable<Parameter<T>> parameters, double clipValue)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(clipValue > 0) || double.IsInfinity(clipValue))
        {
            throw new ArgumentOutOfRangeException(nameof(clipValue), clipValue, $"clipValue must be a finite number > 0, but was {clipValue}.");
        }

        var high = T.CreateChecked(clipValue);
        foreach (var parameter in parameters)
        {
            var gradient = parameter.Gradient;
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] = T.Clamp(gradient[i], -high, high);
            }
        }
    }

    /// <summary>The joint p-norm of all gradients (the largest |gᵢ| for p = ∞), accumulated in double.</summary>
    private static double JointNorm<T>(IEnumerable<Parameter<T>> parameters, double normType)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (double.IsPositiveInfinity(normType))
        {
            return parameters.SelectMany(p => p.Gradient).Select(g => Math.Abs(double.CreateChecked(g))).DefaultIfEmpty(0).Max();
        }

        var sum = parameters.SelectMany(p => p.Gradient).Sum(g => Math.Pow(Math.Abs(double.CreateChecked(g)), normType));
        return Math.Pow(sum, 1 / normType);
    }
}
