namespace Course.Checks.Exercises;

/// <summary>
/// Runs a learner's step function through a case on its own state: step 0 gets the case's initial state, step k the
/// state step k − 1 returned, each as a fresh copy the function may modify. A correct function therefore retraces the
/// library's trajectory, and whoever runs it needs only the case's inputs, never the reference: the notebook's check
/// and the grader's sandboxed worker both run cases this way, so they reach the same verdict. The chain stops after a
/// step whose result cannot be fed on (a missing buffer, or buffers of the wrong number or length); the comparison
/// then names that step.
/// </summary>
internal static class StepChain
{
    /// <summary>Runs <paramref name="step"/> for up to <paramref name="steps"/> steps from <paramref name="initial"/>, handing each result to <paramref name="completed"/>.</summary>
    /// <param name="initial">The state before the first step (weights first); not modified.</param>
    /// <param name="steps">How many steps the case has.</param>
    /// <param name="step">Calls the learner for a 0-based step on a copy of the state and returns its buffers.</param>
    /// <param name="completed">Receives a copy of each step's result, in order.</param>
    public static void Run(double[][] initial, int steps, Func<int, double[][], double[]?[]> step, Action<double[]?[]> completed)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(completed);
        var state = initial;
        for (var k = 0; k < steps; k++)
        {
            var result = Copy(step(k, [.. state.Select(b => (double[])b.Clone())]));
            completed(result);
            if (!FitsAsState(result, state))
            {
                return;
            }

            state = [.. result.Select(b => b!)];
        }
    }

    /// <summary>The state each reported step was fed: <paramref name="initial"/>, then every output but the last.</summary>
    /// <param name="initial">The state before the first step.</param>
    /// <param name="outputs">What the learner's steps returned, in order.</param>
    public static IReadOnlyList<double[]?[]> Inputs(double[][] initial, IReadOnlyList<double[]?[]> outputs) =>
        [initial, .. outputs.Take(Math.Max(0, outputs.Count - 1))];

    private static bool FitsAsState(double[]?[] result, double[][] state) =>
        result.Length == state.Length && result.Zip(state).All(p => p.First is { } buffer && buffer.Length == p.Second.Length);

    private static double[]?[] Copy(double[]?[] buffers) => [.. buffers.Select(b => (double[]?)b?.Clone())];
}
