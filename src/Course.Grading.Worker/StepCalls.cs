using Course.Checks;

namespace Course.Grading.Worker;

/// <summary>The delegate type of each exercise, and how a step case's inputs become a call of the learner's function.</summary>
internal static class StepCalls
{
    /// <summary>The delegate type the learner's function must convert to for <paramref name="exerciseId"/>, or <see langword="null"/>.</summary>
    public static Type? DelegateType(string exerciseId) => exerciseId switch
    {
        "sgd-step" => typeof(SgdStep),
        "momentum-step" => typeof(MomentumStep),
        "nesterov-step" => typeof(NesterovStep),
        "adagrad-step" => typeof(AdagradStep),
        "rmsprop-step" => typeof(RmsPropStep),
        "adam-step" => typeof(AdamStep),
        "adamw-step" => typeof(AdamWStep),
        "lion-step" => typeof(LionStep),
        "warmup-cosine" => typeof(WarmupCosineSchedule),
        "minibatch-epoch" => typeof(EpochBatches),
        _ => null,
    };

    /// <summary>Calls <paramref name="function"/> for step <paramref name="k"/> of <paramref name="stepCase"/> on <paramref name="state"/> (a copy).</summary>
    public static double[]?[] Call(Delegate function, StepCaseData stepCase, int k, double[][] state)
    {
        var grad = k < stepCase.Gradients.Length ? (double[])stepCase.Gradients[k].Clone() : [];
        return function switch
        {
            SgdStep f => [f(state[0], grad, stepCase.LearningRate)],
            MomentumStep f => Pair(f(state[0], state[1], grad, stepCase.LearningRate, stepCase.Momentum)),
            AdagradStep f => Pair(f(state[0], state[1], grad, stepCase.LearningRate, stepCase.Eps)),
            NesterovStep f => Pair(f(state[0], state[1], stepCase.GradientField!.At, stepCase.LearningRate, stepCase.Momentum)),
            RmsPropStep f => Pair(f(state[0], state[1], grad, stepCase.LearningRate, stepCase.Alpha, stepCase.Eps)),
            AdamStep f => Triple(f(state[0], state[1], state[2], grad, k + 1, stepCase.LearningRate, stepCase.Beta1, stepCase.Beta2, stepCase.Eps)),
            AdamWStep f => Triple(f(state[0], state[1], state[2], grad, k + 1, stepCase.LearningRate, stepCase.Beta1, stepCase.Beta2, stepCase.Eps, stepCase.WeightDecay)),
            LionStep f => Pair(f(state[0], state[1], grad, stepCase.LearningRate, stepCase.Beta1, stepCase.Beta2, stepCase.WeightDecay)),
            WarmupCosineSchedule f => [[f(k, stepCase.WarmupSteps, stepCase.TotalSteps, stepCase.LearningRate, stepCase.StartLearningRate, stepCase.MinLearningRate)]],
            _ => throw new ArgumentException($"A {function.GetType().Name} is not a step function.", nameof(function)),
        };
    }

    private static double[]?[] Pair((double[] A, double[] B) result) => [result.A, result.B];

    private static double[]?[] Triple((double[] A, double[] B, double[] C) result) => [result.A, result.B, result.C];
}
