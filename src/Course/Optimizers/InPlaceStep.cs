namespace Course.Optimizers;

/// <summary>
/// Any optimizer as a step on a plain array: <c>step(w, grad)</c> moves <c>w</c> in place the way the optimizer moves
/// its parameter, keeping the optimizer's state (velocity, moments) between calls. For code that records a path point
/// by point, such as the trajectory exercise.
/// </summary>
public static class InPlaceStep
{
    /// <summary>Builds the optimizer over a parameter of <paramref name="dimension"/> values and returns its step on arrays.</summary>
    /// <param name="optimizerFactory">Builds the optimizer for a parameter, e.g. <c>p =&gt; new Adam&lt;double&gt;([p], new AdamOptions(LearningRate: 0.05))</c>.</param>
    /// <param name="dimension">How many values a point has, ≥ 1.</param>
    /// <returns>A step that copies w and the gradient in, steps the optimizer once, and copies the new w back into w.</returns>
    public static Action<double[], double[]> Of(Func<Parameter<double>, IOptimizer> optimizerFactory, int dimension)
    {
        ArgumentNullException.ThrowIfNull(optimizerFactory);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var parameter = new Parameter<double>("w", new double[dimension]);
        var optimizer = optimizerFactory(parameter)
            ?? throw new ArgumentException("optimizerFactory returned null; it must return an optimizer over the given parameter.", nameof(optimizerFactory));
        return (w, grad) =>
        {
            ArgumentNullException.ThrowIfNull(w);
            ArgumentNullException.ThrowIfNull(grad);
            if (w.Length != dimension || grad.Length != dimension)
            {
                throw new ArgumentException($"step needs a point and a gradient of {dimension} values each, but was given {w.Length} and {grad.Length}.", nameof(w));
            }

            w.CopyTo(parameter.Value, 0);
            grad.CopyTo(parameter.Gradient, 0);
            optimizer.Step();
            parameter.Value.CopyTo(w, 0);
        };
    }
}
