using Course.Optimizers;

namespace Course.Checks.Exercises;

/// <summary>Runs a library optimizer over a case's gradients and records the state after every step: the reference.</summary>
internal static class LibraryTrajectory
{
    /// <summary>
    /// The states [weights, buffers…] before the first step and after each step of <paramref name="stepCase"/>,
    /// stepping the optimizer <paramref name="create"/> builds and reading its buffers with <paramref name="buffers"/>.
    /// </summary>
    public static IReadOnlyList<double[][]> Run<TOptimizer>(
        StepCase stepCase,
        int bufferCount,
        Func<Parameter<double>, TOptimizer> create,
        Func<TOptimizer, Parameter<double>, double[][]> buffers)
        where TOptimizer : IOptimizer
    {
        var parameter = new Parameter<double>("w", (double[])stepCase.InitialWeights.Clone());
        var optimizer = create(parameter);
        var initial = new double[bufferCount + 1][];
        initial[0] = (double[])parameter.Value.Clone();
        for (var b = 1; b <= bufferCount; b++)
        {
            initial[b] = new double[parameter.Length];
        }

        var states = new List<double[][]> { initial };
        foreach (var gradient in stepCase.Gradients)
        {
            gradient.CopyTo(parameter.Gradient, 0);
            optimizer.Step();
            states.Add([(double[])parameter.Value.Clone(), .. buffers(optimizer, parameter)]);
        }

        return states;
    }
}
