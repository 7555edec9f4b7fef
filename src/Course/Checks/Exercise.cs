using System.Runtime.CompilerServices;
using Course.Checks.Exercises;
using Course.Checks.Sessions;

namespace Course.Checks;

/// <summary>
/// Checks a learner's implementation of an update rule in one line, such as
/// <c>Exercise.Check("momentum-step", MyMomentumStep)</c>. The function runs on hidden multi-step cases
/// (each on a worker thread with a 2-second limit) against the library's optimizers; the card reports
/// which case and step failed, with inputs, expected and actual values, a point per passing case, and the
/// misconception when the outputs match a known wrong variant. Nothing the learner's code does — returning
/// null, the wrong length, NaN, throwing, looping forever — escapes as an exception.
/// </summary>
/// <remarks>
/// Hidden cases come from a seeded generator. The default seed is public; a grader sets the environment
/// variable <c>COURSE_CHECK_SEED</c> (any text) to draw cases no student has seen.
/// Exercise ids: <c>sgd-step</c>, <c>momentum-step</c>, <c>nesterov-step</c>, <c>adagrad-step</c>,
/// <c>rmsprop-step</c>, <c>adam-step</c>, <c>adamw-step</c>, <c>lion-step</c>, <c>warmup-cosine</c> (a schedule as a function of the step), <c>paired-difference</c>, <c>lr-sensitivity</c>, <c>trajectory</c> (the study tools of lesson 09), and <c>minibatch-epoch</c> for mini-batches.
/// </remarks>
public static partial class Exercise
{
    /// <summary>The name of the environment variable holding the grader's secret seed.</summary>
    public const string SeedVariable = HiddenCases.SeedVariable;

    /// <summary>Every exercise id.</summary>
    public static IReadOnlyList<string> Ids => ExerciseCatalog.ById.Keys.ToArray();

    /// <summary>
    /// Checks a function that cuts one epoch into shuffled mini-batches (<c>"minibatch-epoch"</c>): ⌈n / b⌉ batches,
    /// every example exactly once, reproducible from the given <see cref="Random"/>.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="batches">The learner's function.</param>
    [OverloadResolutionPriority(-1)] // an untyped three-argument lambda means an SgdStep
    public static CheckResult Check(string id, EpochBatches batches) =>
        SessionChecks.Record(Batches.EpochBatchesChecker.Check(id, batches, HiddenCases.Seed, LearnerRunner.CaseTimeLimit), batches);

    /// <summary>Checks an SGD step (<c>"sgd-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, SgdStep step) => Checked(id, step, nameof(SgdStep));

    /// <summary>
    /// Checks a momentum step (<c>"momentum-step"</c>), or an AdaGrad step (<c>"adagrad-step"</c>) written as a
    /// function of the same shape (w, sum, grad, lr, eps).
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    [OverloadResolutionPriority(1)]
    public static CheckResult Check(string id, MomentumStep step) => Checked(id, step, nameof(MomentumStep));

    /// <summary>Checks an AdaGrad step (<c>"adagrad-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, AdagradStep step) => Checked(id, step, nameof(AdagradStep));

    /// <summary>Checks a Nesterov step in lookahead form (<c>"nesterov-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, NesterovStep step) => Checked(id, step, nameof(NesterovStep));

    /// <summary>Checks an RMSprop step (<c>"rmsprop-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, RmsPropStep step) => Checked(id, step, nameof(RmsPropStep));

    /// <summary>Checks an Adam step (<c>"adam-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, AdamStep step) => Checked(id, step, nameof(AdamStep));

    /// <summary>Checks an AdamW step (<c>"adamw-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, AdamWStep step) => Checked(id, step, nameof(AdamWStep));

    /// <summary>Checks a Lion step written from the paper's algorithm box (<c>"lion-step"</c>).</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    public static CheckResult Check(string id, LionStep step) => Checked(id, step, nameof(LionStep));

    /// <summary>
    /// Checks a warmup-then-cosine learning-rate schedule written as a function of the step (<c>"warmup-cosine"</c>),
    /// at every step of hidden schedules, against the library's <c>Schedule.WarmupCosine</c>.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="schedule">The learner's function.</param>
    public static CheckResult Check(string id, WarmupCosineSchedule schedule) => Checked(id, schedule, nameof(WarmupCosineSchedule));

    /// <summary>
    /// Checks a paired comparison of two settings measured with the same seeds (<c>"paired-difference"</c>): the mean of
    /// aᵢ − bᵢ with its 95% Student-t interval, against <c>MeanInterval.OfDifferences</c>.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="compare">The learner's function.</param>
    public static CheckResult Check(string id, PairedDifference compare) => Checked(id, compare, nameof(PairedDifference));

    /// <summary>
    /// Checks a learning-rate sensitivity read off a sweep (<c>"lr-sensitivity"</c>): the best learning rate, diverged runs
    /// excluded, and the width in decades of the rates within a relative tolerance of the best loss.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="sensitivity">The learner's function.</param>
    [OverloadResolutionPriority(-1)] // an untyped three-argument lambda means an SgdStep
    public static CheckResult Check(string id, LearningRateSensitivity sensitivity) => Checked(id, sensitivity, nameof(LearningRateSensitivity));

    /// <summary>
    /// Checks a function that records an optimizer's path (<c>"trajectory"</c>): the start and the point after every step,
    /// each step from the gradient at the current point, with a momentum optimizer as the step.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="record">The learner's function.</param>
    public static CheckResult Check(string id, TrajectoryRecorder record) => Checked(id, record, nameof(TrajectoryRecorder));

    private static CheckResult Checked(string? id, Delegate? learner, string delegateName) => SessionChecks.Record(Run(id, learner, delegateName), learner);

    private static CheckResult Run(string? id, Delegate? learner, string delegateName)
    {
        var key = id?.Trim() ?? string.Empty;
        if (!ExerciseCatalog.ById.TryGetValue(key, out var exercise))
        {
            return new CheckResult(id ?? "(null)", CheckKind.Exercise, false, 0, 0,
                $"There is no exercise with the id \"{id}\". The exercises are: {string.Join(", ", ExerciseCatalog.ById.Keys)}.");
        }

        if (learner is null)
        {
            return Missing(key);
        }

        if (!LearnerCall.Answers(learner).Contains(key))
        {
            return new CheckResult(key, CheckKind.Exercise, false, 0, exercise.CaseCount,
                $"The exercise \"{key}\" needs a function of a different shape than a {delegateName}; check the signature given in the lesson.");
        }

        return ExerciseGrader.Grade(exercise, (c, k, s) => LearnerCall.Step(learner, key, c, k, s), HiddenCases.Seed, LearnerRunner.CaseTimeLimit);
    }

    private static CheckResult Missing(string? id) =>
        new(id ?? "(null)", CheckKind.Exercise, false, 0, ExerciseCatalog.ById.TryGetValue(id?.Trim() ?? string.Empty, out var e) ? e.CaseCount : 0,
            "No function was given (null). Pass the name of your function, for example Exercise.Check(\"sgd-step\", MySgdStep).")
        {
            Unanswered = true,
        };
}
