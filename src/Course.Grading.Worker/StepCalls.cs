using Course.Checks;
using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>The delegate type of each exercise, which the probe cell converts the learner's function to; the worker then calls it through <see cref="LearnerCall"/>, the notebook's own table.</summary>
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
}
