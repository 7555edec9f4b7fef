namespace Course.Checks.Exercises;

/// <summary>
/// Runs a learner's step function through one case on a worker thread with a time limit, feeding it
/// copies of the reference state so it may modify its inputs freely. A function that never returns is
/// abandoned on its background thread; the notebook carries on.
/// </summary>
internal static class LearnerRunner
{
    /// <summary>The time one case may take: 2 seconds.</summary>
    public static TimeSpan CaseTimeLimit { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="step"/> on every step of <paramref name="stepCase"/>.</summary>
    /// <param name="stepCase">The case.</param>
    /// <param name="reference">The reference states (the learner is fed state k for step k).</param>
    /// <param name="step">Calls the learner with copies of the inputs and returns its outputs.</param>
    /// <param name="timeLimit">How long the case may take.</param>
    public static LearnerRun Run(StepCase stepCase, IReadOnlyList<double[][]> reference, Func<StepCase, int, double[][], double[]?[]> step, TimeSpan timeLimit)
    {
        var outputs = new List<double[]?[]>();
        Exception? error = null;
        var worker = new Thread(() =>
        {
            try
            {
                for (var k = 0; k < stepCase.Steps; k++)
                {
                    var copy = reference[k].Select(b => (double[])b.Clone()).ToArray();
                    var result = step(stepCase, k, copy);
                    lock (outputs)
                    {
                        outputs.Add(result);
                    }
                }
            }
#pragma warning disable CA1031 // Any exception from the learner's code becomes feedback.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error = e;
            }
        })
        {
            IsBackground = true,
            Name = "course-check-learner",
        };
        worker.Start();
        var finished = worker.Join(timeLimit);
        lock (outputs)
        {
            return new LearnerRun(outputs.ToArray(), finished ? error : null, !finished);
        }
    }
}
