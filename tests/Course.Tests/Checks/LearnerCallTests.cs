using Course.Checks;
using Course.Checks.Batches;
using Course.Checks.Exercises;

namespace Course.Tests.Checks;

/// <summary>
/// <c>LearnerCall</c>'s one table from exercise id to the delegate type its lesson declares: which exercises a function of
/// each type answers (momentum-step and adagrad-step share a shape, so a function declared as either answers both), and
/// the type the grader's probe cell converts the learner's function to.
/// </summary>
public sealed class LearnerCallTests
{
    /// <summary>A function of each delegate type a lesson declares, and one of a type no lesson declares.</summary>
    private static readonly Dictionary<string, Delegate> Functions = new()
    {
        [nameof(SgdStep)] = (SgdStep)((w, grad, lr) => w),
        [nameof(MomentumStep)] = (MomentumStep)((w, v, grad, lr, mu) => (w, v)),
        [nameof(AdagradStep)] = (AdagradStep)((w, sum, grad, lr, eps) => (w, sum)),
        [nameof(NesterovStep)] = (NesterovStep)((w, v, gradientAt, lr, mu) => (w, v)),
        [nameof(RmsPropStep)] = (RmsPropStep)((w, s, grad, lr, alpha, eps) => (w, s)),
        [nameof(AdamStep)] = (AdamStep)((w, m, v, grad, t, lr, beta1, beta2, eps) => (w, m, v)),
        [nameof(AdamWStep)] = (AdamWStep)((w, m, v, grad, t, lr, beta1, beta2, eps, decay) => (w, m, v)),
        [nameof(LionStep)] = (LionStep)((w, m, grad, lr, beta1, beta2, decay) => (w, m)),
        [nameof(WarmupCosineSchedule)] = (WarmupCosineSchedule)((step, warmup, total, peak, start, min) => peak),
        [nameof(PairedDifference)] = (PairedDifference)((a, b) => (0, 0, 0)),
        [nameof(LearningRateSensitivity)] = (LearningRateSensitivity)((rates, losses, tolerance) => (0, 0)),
        [nameof(TrajectoryRecorder)] = (TrajectoryRecorder)((gradientAt, step, start, steps) => [start]),
        [nameof(EpochBatches)] = (EpochBatches)((n, batchSize, random) => []),
        ["Func"] = (Func<double[], double[]>)(w => w),
    };

    public static TheoryData<string, string[]> Answers => new()
    {
        { nameof(SgdStep), ["sgd-step"] },
        { nameof(MomentumStep), ["momentum-step", "adagrad-step"] },
        { nameof(AdagradStep), ["momentum-step", "adagrad-step"] },
        { nameof(NesterovStep), ["nesterov-step"] },
        { nameof(RmsPropStep), ["rmsprop-step"] },
        { nameof(AdamStep), ["adam-step"] },
        { nameof(AdamWStep), ["adamw-step"] },
        { nameof(LionStep), ["lion-step"] },
        { nameof(WarmupCosineSchedule), ["warmup-cosine"] },
        { nameof(PairedDifference), ["paired-difference"] },
        { nameof(LearningRateSensitivity), ["lr-sensitivity"] },
        { nameof(TrajectoryRecorder), ["trajectory"] },
        { nameof(EpochBatches), ["minibatch-epoch"] },
        { "Func", [] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_function_answers_the_exercises_of_its_delegate_type_and_of_its_shape(string type, string[] exercises)
    {
        var function = Functions[type];

        Assert.Equal(exercises.Order(StringComparer.Ordinal), LearnerCall.Answers(function).Order(StringComparer.Ordinal));
        if (exercises.Length > 0)
        {
            // Its own exercise is declared with its type: the probe cell converts the learner's function to it.
            Assert.Contains(function.GetType(), exercises.Select(LearnerCall.DelegateType));
        }
    }

    [Fact]
    public void Every_exercise_the_checker_knows_is_answered_above_and_an_unknown_id_has_no_delegate_type()
    {
        var answered = Answers.SelectMany(row => row.Data.Item2).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(answered, ExerciseCatalog.ById.Keys.Append(EpochBatchesChecker.Id).ToHashSet(StringComparer.Ordinal));
        Assert.Null(LearnerCall.DelegateType("no-such-exercise"));
        Assert.Null(LearnerCall.DelegateType(" sgd-step"));
    }
}
