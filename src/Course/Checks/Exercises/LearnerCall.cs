using Course.Checks.Exercises.Definitions;

namespace Course.Checks.Exercises;

/// <summary>
/// How a learner's function is called for one step of a hidden case: the single table from the function's delegate
/// type to its arguments, used by <see cref="Exercise.Check(string, SgdStep)"/> in a notebook and by the grader's
/// sandboxed worker, so both call the learner's code in exactly the same way, and the delegate type each exercise's function
/// is declared as. Every gradient is passed as a copy.
/// </summary>
internal static class LearnerCall
{
    /// <summary>
    /// Each exercise's id and the delegate type its lesson declares the learner's function as: the one table from which
    /// <see cref="DelegateType"/> (the grader's probe cell converts to it) and <see cref="Answers"/> are both read.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Type> DeclaredAs = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["sgd-step"] = typeof(SgdStep),
        ["momentum-step"] = typeof(MomentumStep),
        ["nesterov-step"] = typeof(NesterovStep),
        ["adagrad-step"] = typeof(AdagradStep),
        ["rmsprop-step"] = typeof(RmsPropStep),
        ["adam-step"] = typeof(AdamStep),
        ["adamw-step"] = typeof(AdamWStep),
        ["lion-step"] = typeof(LionStep),
        ["warmup-cosine"] = typeof(WarmupCosineSchedule),
        ["paired-difference"] = typeof(PairedDifference),
        ["lr-sensitivity"] = typeof(LearningRateSensitivity),
        ["trajectory"] = typeof(TrajectoryRecorder),
        ["minibatch-epoch"] = typeof(EpochBatches),
    };

    /// <summary>
    /// Delegate types of one shape, (w, buffer, grad, lr, x) → (w, buffer): a function declared as either answers the
    /// exercises of both, and <see cref="Step"/> passes ε or μ as x by the exercise's id.
    /// </summary>
    private static readonly Type[] MomentumShape = [typeof(MomentumStep), typeof(AdagradStep)];

    /// <summary>The delegate type the learner's function must convert to for <paramref name="exerciseId"/>, or <see langword="null"/> for an unknown id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    public static Type? DelegateType(string exerciseId) => DeclaredAs.GetValueOrDefault(exerciseId ?? string.Empty);

    /// <summary>The exercise ids a function of <paramref name="function"/>'s delegate type can answer: those declared with its type or one of the same shape.</summary>
    /// <param name="function">The learner's function.</param>
    public static IReadOnlyList<string> Answers(Delegate function) =>
        DeclaredAs.Where(exercise => SameShape(exercise.Value, function.GetType())).Select(exercise => exercise.Key).ToArray();

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

    private static bool SameShape(Type declared, Type given) =>
        declared == given || (MomentumShape.Contains(declared) && MomentumShape.Contains(given));

    private static double[] Copy(double[] values) => (double[])values.Clone();

    private static double[] Values((double A, double B) result) => [result.A, result.B];

    private static double[] Values((double A, double B, double C) result) => [result.A, result.B, result.C];

    private static double[] Grad(StepCase c, int k) => k < c.Gradients.Length ? (double[])c.Gradients[k].Clone() : [];

    private static double[]?[] Pair((double[] A, double[] B) result) => [result.A, result.B];

    private static double[]?[] Triple((double[] A, double[] B, double[] C) result) => [result.A, result.B, result.C];
}
