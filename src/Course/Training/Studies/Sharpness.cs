using System.Numerics;
using Course.Optimizers;
using MathNet.Numerics.Distributions;

namespace Course.Training.Studies;

/// <summary>
/// How sharp a minimum is, measured the way Keskar et al. (2017) and Jiang et al. (2020) probe it: the average rise
/// of the loss when the weights are pushed a fixed distance ρ in random directions. A flat minimum barely notices the
/// push; a sharp one climbs steeply.
/// </summary>
/// <remarks>
/// Each direction u is drawn uniformly on the unit sphere of all the parameters together (a standard normal vector,
/// normalised), and both w + ρu and w − ρu are measured, so the increase of one direction is
/// ½[L(w + ρu) + L(w − ρu)] − L(w). The pair cancels every odd term of the Taylor expansion (the gradient's among
/// them), and for a quadratic L(w) = ½(w − w*)ᵀH(w − w*) the increase is exactly ½ρ²·uᵀHu, whose mean over the
/// sphere is ρ²·tr(H)/(2d) for d parameters: the measure is the average curvature, scaled by ρ².
/// A fixed ρ is not scale-free: the same ρ is a larger relative push on smaller weights (Dinh et al. 2017).
/// </remarks>
public static class Sharpness
{
    /// <summary>
    /// The mean over <paramref name="directions"/> random directions u of ½[L(w + ρu) + L(w − ρu)] − L(w), with
    /// its 95% interval over the directions. The weights are restored exactly afterwards.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameters">The weights w, perturbed in place while the loss is measured.</param>
    /// <param name="loss">Computes the loss L at the parameters' current values.</param>
    /// <param name="radius">ρ, the length of every perturbation over all parameters together, &gt; 0.</param>
    /// <param name="directions">How many random directions, ≥ 2.</param>
    /// <param name="seed">Seed of the directions.</param>
    /// <returns>The mean increase with a Student-t interval over the directions.</returns>
    public static MeanInterval UnderRandomPerturbations<T>(IReadOnlyList<Parameter<T>> parameters, Func<double> loss, double radius, int directions = 20, int seed = 0)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(loss);
        if (!(radius > 0) || double.IsInfinity(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, $"radius must be a finite number > 0, but was {radius}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(directions, 2);
        var saved = parameters.Select(p => (T[])p.Value.Clone()).ToArray();
        var direction = parameters.Select(p => new double[p.Length]).ToArray();
        var normal = new Normal(0, 1, new Random(seed));
        var increases = new double[directions];
        try
        {
            var baseline = loss();
            for (var k = 0; k < directions; k++)
            {
                CellCancellation.ThrowIfRequested();
                Draw(direction, normal);
                var sum = 0.0;
                foreach (var sign in (ReadOnlySpan<double>)[1.0, -1.0])
                {
                    Move(parameters, saved, direction, sign * radius);
                    sum += loss();
                }

                increases[k] = (sum / 2) - baseline;
            }
        }
        finally
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                saved[i].CopyTo(parameters[i].Value, 0);
            }
        }

        return MeanInterval.Of(increases);
    }

    /// <summary>
    /// The sharpness of <paramref name="model"/> on <paramref name="data"/>: the mean loss increase over
    /// <paramref name="directions"/> random directions of length <paramref name="radius"/> through all its weights and
    /// biases (<see cref="UnderRandomPerturbations{T}"/> with the model's mean loss on the data).
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="model">A trained network; its parameters are restored afterwards.</param>
    /// <param name="data">The examples the loss is measured on, usually the training set.</param>
    /// <param name="radius">ρ, the perturbation's length, &gt; 0.</param>
    /// <param name="directions">How many random directions, ≥ 2.</param>
    /// <param name="seed">Seed of the directions.</param>
    /// <returns>The mean increase with its 95% interval over the directions.</returns>
    public static MeanInterval Of<T>(Mlp<T> model, Dataset data, double radius, int directions = 20, int seed = 0)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var inputs = Mlp<T>.ToInputs(data.Features);
        return UnderRandomPerturbations(model.Parameters, () => model.Evaluate(inputs, data.Labels).Loss, radius, directions, seed);
    }

    /// <summary>The length of all the parameters' values together, ‖w‖ = √(Σ wᵢ²), to compare a radius with.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameters">The parameters.</param>
    public static double Norm<T>(IEnumerable<Parameter<T>> parameters)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Math.Sqrt(parameters.Sum(p => p.Value.Sum(v => double.CreateChecked(v) * double.CreateChecked(v))));
    }

    /// <summary>Fills <paramref name="direction"/> with a uniformly random unit vector: standard normal draws, normalised.</summary>
    private static void Draw(double[][] direction, Normal normal)
    {
        var squares = 0.0;
        foreach (var part in direction)
        {
            for (var j = 0; j < part.Length; j++)
            {
                part[j] = normal.Sample();
                squares += part[j] * part[j];
            }
        }

        var scale = 1 / Math.Sqrt(squares);
        foreach (var part in direction)
        {
            for (var j = 0; j < part.Length; j++)
            {
                part[j] *= scale;
            }
        }
    }

    /// <summary>Sets every parameter to its saved value plus <paramref name="step"/> times the direction.</summary>
    private static void Move<T>(IReadOnlyList<Parameter<T>> parameters, T[][] saved, double[][] direction, double step)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var value = parameters[i].Value;
            for (var j = 0; j < value.Length; j++)
            {
                value[j] = T.CreateChecked(double.CreateChecked(saved[i][j]) + (step * direction[i][j]));
            }
        }
    }
}
