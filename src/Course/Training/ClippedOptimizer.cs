using System.Numerics;
using Course.Optimizers;

namespace Course.Training;

/// <summary>
/// An optimizer that clips its parameters' gradients before every step — the usual
/// <c>clip_grad_norm_(model.parameters(), max_norm); optimizer.step()</c> pair of a PyTorch training loop,
/// as one <see cref="IOptimizer"/> that <see cref="Trainer"/> or a surface trajectory can drive.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class ClippedOptimizer<T> : IOptimizer
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IOptimizer inner;
    private readonly Parameter<T>[] parameters;
    private readonly Action<Parameter<T>[]> clip;

    private ClippedOptimizer(IOptimizer inner, IEnumerable<Parameter<T>> parameters, Action<Parameter<T>[]> clip, string what)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(parameters);
        this.inner = inner;
        this.parameters = parameters.ToArray();
        this.clip = clip;
        Name = $"{inner.Name} + {what}";
    }

    /// <summary>Clips the joint gradient norm to <paramref name="maxNorm"/> before each step (<see cref="GradientClipping.ClipByNorm{T}"/>).</summary>
    /// <param name="inner">The optimizer that takes the step.</param>
    /// <param name="parameters">The parameters <paramref name="inner"/> updates.</param>
    /// <param name="maxNorm">The largest joint 2-norm allowed, &gt; 0.</param>
    public static ClippedOptimizer<T> ByNorm(IOptimizer inner, IEnumerable<Parameter<T>> parameters, double maxNorm)
    {
        if (!(maxNorm > 0) || double.IsInfinity(maxNorm))
        {
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm, $"maxNorm must be a finite number > 0, but was {maxNorm}.");
        }

        return new(inner, parameters, ps => GradientClipping.ClipByNorm(ps, maxNorm), $"clip norm {maxNorm:G3}");
    }

    /// <summary>Clamps every gradient coordinate to ±<paramref name="clipValue"/> before each step (<see cref="GradientClipping.ClipByValue{T}"/>).</summary>
    /// <param name="inner">The optimizer that takes the step.</param>
    /// <param name="parameters">The parameters <paramref name="inner"/> updates.</param>
    /// <param name="clipValue">The largest absolute value of a coordinate, &gt; 0.</param>
    public static ClippedOptimizer<T> ByValue(IOptimizer inner, IEnumerable<Parameter<T>> parameters, double clipValue)
    {
        if (!(clipValue > 0) || double.IsInfinity(clipValue))
        {
            throw new ArgumentOutOfRangeException(nameof(clipValue), clipValue, $"clipValue must be a finite number > 0, but was {clipValue}.");
        }

        return new(inner, parameters, ps => GradientClipping.ClipByValue(ps, clipValue), $"clip value {clipValue:G3}");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public long StepCount => inner.StepCount;

    /// <inheritdoc />
    public int StateBuffersPerParameter => inner.StateBuffersPerParameter;

    /// <inheritdoc />
    public IReadOnlyList<IParameterGroup> ParameterGroups => inner.ParameterGroups;

    /// <summary>Clips the gradients, then lets the wrapped optimizer step.</summary>
    public void Step()
    {
        clip(parameters);
        inner.Step();
    }

    /// <inheritdoc />
    public void ZeroGradients() => inner.ZeroGradients();
}
