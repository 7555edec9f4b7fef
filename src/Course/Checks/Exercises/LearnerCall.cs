using Course.Checks.Exercises.Definitions;

namespace Course.Checks.Exercises;

/// <summary>
/// How a learner's function is called for one step of a hidden case: the single table from the function's delegate
/// type to its arguments, used by <see cref="Exercise.Check(string, SgdStep)"/> in a notebook and by the grader's
/// sandboxed worker, so both call the learner's code in exactly the same way. Every gradient is passed as a copy.
/// </summary>
internal static class LearnerCall
{
    /// <summary>The exercise ids a function of <paramref name="function"/>'s delegate type can answer.</summary>
    /// <param name="function">The learner's function.</param>
    public static IReadOnlyList<string> Answers(Delegate function) => function switch
    {
        SgdStep => ["sgd-step"],
        MomentumStep or AdagradStep => ["momentum-step", "adagrad-step"],
        NesterovStep => ["nesterov-step"],
        RmsPropStep => ["rmsprop-step"],
        AdamStep => ["adam-step"],
        AdamWStep => ["adamw-step"],
        LionStep => ["lion-step"],
        WarmupCosineSchedule => ["warmup-cosine"],
        PairedDifference => ["paired-difference"],
        LearningRateSensitivity => ["lr-sensitivity"],
        TrajectoryRecorder => ["trajectory"],
        _ => [],
    };

    /// <summary>Calls <paramref name="function"/> for step <paramref name="k"/> of <paramref name="c"/> on <paramref name="s"/>, the state before the step (weights first).</summary>
    /// <param name="function">The learner's function.</param>
    /// <param name="exerciseId">The exercise: a function of the momentum step's shape (w, buffer, grad, lr, x) gets ε as x for <c>adagrad-step</c>, μ otherwise.</param>
    /// <param name="c">The case.</param>
    /// <param name="k">The 0-based step.</param>
    /// <param name="s">A copy of the state, which the function may modify.</param>
    /// <returns>The buffers the function returned, weights first; any may be null.</returns>
    public static double[]?[] Step(Delegate function, string exerciseId, StepCase c, int k, double[][] s)
    {
        var adagrad = exerciseId == "adagrad-step";
        return function switch
        {
            SgdStep f => [f(s[0], Grad(c, k), c.LearningRate)],
            MomentumStep f => Pair(f(s[0], s[1], Grad(c, k), c.LearningRate, adagrad ? c.Eps : c.Momentum)),
            AdagradStep f => Pair(f(s[0], s[1], Grad(c, k), c.LearningRate, adagrad ? c.Eps : c.Momentum)),
            NesterovStep f => Pair(f(s[0], s[1], c.Field!.At, c.LearningRate, c.Momentum)),
            RmsPropStep f => Pair(f(s[0], s[1], Grad(c, k), c.LearningRate, c.Alpha, c.Eps)),
            AdamStep f => Triple(f(s[0], s[1], s[2], Grad(c, k), k + 1, c.LearningRate, c.Beta1, c.Beta2, c.Eps)),
            AdamWStep f => Triple(f(s[0], s[1], s[2], Grad(c, k), k + 1, c.LearningRate, c.Beta1, c.Beta2, c.Eps, c.WeightDecay)),
            LionStep f => Pair(f(s[0], s[1], Grad(c, k), c.LearningRate, c.Beta1, c.Beta2, c.WeightDecay)),
            WarmupCosineSchedule f => [[f(k, c.WarmupSteps, c.TotalSteps, c.LearningRate, c.StartLearningRate, c.MinLearningRate)]],
            PairedDifference f => [Values(f(Copy(c.Gradients[0]), Copy(c.Gradients[1])))],
            LearningRateSensitivity f => [Values(f(Copy(c.Gradients[0]), Copy(c.Gradients[1]), c.Gradients[2][0]))],
            TrajectoryRecorder f => [TrajectoryExercise.Flatten(f(c.Field!.At, TrajectoryExercise.StepFor(c, s[0].Length), s[0], c.TotalSteps))],
            _ => throw new ArgumentException($"A {function.GetType().Name} is not a step function.", nameof(function)),
        };
    }

    private static double[] Copy(double[] values) => (double[])values.Clone();

    private static double[] Values((double A, double B) result) => [result.A, result.B];

    private static double[] Values((double A, double B, double C) result) => [result.A, result.B, result.C];

    private static double[] Grad(StepCase c, int k) => k < c.Gradients.Length ? (double[])c.Gradients[k].Clone() : [];

    private static double[]?[] Pair((double[] A, double[] B) result) => [result.A, result.B];

    private static double[]?[] Triple((double[] A, double[] B, double[] C) result) => [result.A, result.B, result.C];
}
