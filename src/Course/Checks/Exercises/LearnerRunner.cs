namespace Course.Checks.Exercises;

/// <summary>
/// Runs a learner's step function through one case with a time limit (<see cref="TimeLimited"/>), feeding it its own
/// state (<see cref="StepChain"/>). A function that never returns is abandoned on its background thread; the
/// notebook carries on.
/// </summary>
internal static class LearnerRunner
{
    /// <summary>The time one case may take: 2 seconds.</summary>
    public static TimeSpan CaseTimeLimit { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="step"/> on every step of <paramref name="stepCase"/>.</summary>
    /// <param name="stepCase">The case.</param>
    /// <param name="initial">The state before the first step.</param>
    /// <param name="step">Calls the learner with copies of the inputs and returns its outputs.</param>
    /// <param name="timeLimit">How long the case may take.</param>
    public static LearnerRun Run(StepCase stepCase, double[][] initial, Func<StepCase, int, double[][], double[]?[]> step, TimeSpan timeLimit)
    {
        var outputs = new List<double[]?[]>();
        Exception? error = null;
        var finished = TimeLimited.Run(
            () =>
            {
                try
                {
                    StepChain.Run(initial, stepCase.Steps, (k, state) => step(stepCase, k, state), result =>
                    {
                        lock (outputs)
                        {
                            outputs.Add(result);
                        }
                    });
                }
#pragma warning disable CA1031 // Any exception from the learner's code becomes feedback.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                }
            },
            timeLimit);
        lock (outputs)
        {
            return new LearnerRun(outputs.ToArray(), finished ? error : null, !finished);
        }
    }
}
