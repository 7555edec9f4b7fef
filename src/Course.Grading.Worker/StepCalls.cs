using Course.Checks;
using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>The delegate type of each exercise, and how a step case's inputs become a call of the learner's function (<see cref="LearnerCall"/>, the notebook's own table).</summary>
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
        "paired-difference" => typeof(PairedDifference),
        "lr-sensitivity" => typeof(LearningRateSensitivity),
        "trajectory" => typeof(TrajectoryRecorder),
        "minibatch-epoch" => typeof(EpochBatches),
        _ => null,
    };

    /// <summary>Calls <paramref name="function"/> for step <paramref name="k"/> of <paramref name="stepCase"/> of <paramref name="exerciseId"/> on <paramref name="state"/> (a copy).</summary>
    public static double[]?[] Call(Delegate function, string exerciseId, StepCaseData stepCase, int k, double[][] state) =>
        LearnerCall.Step(function, exerciseId, stepCase.ToStepCase(), k, state);
}
