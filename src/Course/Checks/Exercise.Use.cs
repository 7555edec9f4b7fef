using System.Runtime.CompilerServices;
using Course.Checks.Fallback;
using Course.Checks.Sessions;

namespace Course.Checks;

/// <summary>
/// The function a lesson should go on with after an exercise: <c>var momentumStep = Exercise.Use("momentum-step", MyMomentumStep);</c>
/// returns the learner's function once it passes its check, and otherwise the library's version of the same step,
/// so a lesson keeps running (every chart drawn) while an exercise is unfinished or wrong. Either way one line is
/// printed under the cell saying whose function the cells below use and, when it is the library's, why.
/// </summary>
/// <remarks>
/// The check cell's verdict is reused when it was run on the same function this session; otherwise the hidden
/// cases run again (a fraction of a second). Like <see cref="Check(string, SgdStep)"/>, nothing the learner's code does
/// escapes as an exception.
/// </remarks>
public static partial class Exercise
{
    /// <summary>The SGD step to go on with: <paramref name="step"/> once it passes <c>"sgd-step"</c>, else the library's (w − η·g).</summary>
    /// <param name="id">The exercise id, <c>"sgd-step"</c>.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static SgdStep Use(string id, SgdStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.Sgd, () => Check(id, step));

    /// <summary>
    /// The momentum step to go on with (<c>"momentum-step"</c>, v ← μv + g; w ← w − ηv), or the AdaGrad step
    /// (<c>"adagrad-step"</c>) for a function of the same shape: <paramref name="step"/> once it passes its check,
    /// else the library's.
    /// </summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    [OverloadResolutionPriority(1)]
    public static MomentumStep Use(string id, MomentumStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose<MomentumStep>(id, step, name, IsAdagrad(id) ? (w, s, g, lr, eps) => ReferenceSteps.Adagrad(w, s, g, lr, eps) : ReferenceSteps.Momentum, () => Check(id, step));

    /// <summary>The AdaGrad step to go on with (<c>"adagrad-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static AdagradStep Use(string id, AdagradStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.Adagrad, () => Check(id, step));

    /// <summary>The Nesterov step (lookahead form) to go on with (<c>"nesterov-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static NesterovStep Use(string id, NesterovStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.Nesterov, () => Check(id, step));

    /// <summary>The RMSprop step to go on with (<c>"rmsprop-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static RmsPropStep Use(string id, RmsPropStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.RmsProp, () => Check(id, step));

    /// <summary>The Adam step to go on with (<c>"adam-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static AdamStep Use(string id, AdamStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.Adam, () => Check(id, step));

    /// <summary>The AdamW step to go on with (<c>"adamw-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static AdamWStep Use(string id, AdamWStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.AdamW, () => Check(id, step));

    /// <summary>The Lion step to go on with (<c>"lion-step"</c>): <paramref name="step"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="step">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static LionStep Use(string id, LionStep step, [CallerArgumentExpression(nameof(step))] string? name = null) =>
        Choose(id, step, name, ReferenceSteps.Lion, () => Check(id, step));

    /// <summary>The warmup-then-cosine schedule to go on with (<c>"warmup-cosine"</c>): <paramref name="schedule"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="schedule">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static WarmupCosineSchedule Use(string id, WarmupCosineSchedule schedule, [CallerArgumentExpression(nameof(schedule))] string? name = null) =>
        Choose(id, schedule, name, ReferenceSteps.WarmupCosine, () => Check(id, schedule));

    /// <summary>The paired comparison to go on with (<c>"paired-difference"</c>): <paramref name="compare"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="compare">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static PairedDifference Use(string id, PairedDifference compare, [CallerArgumentExpression(nameof(compare))] string? name = null) =>
        Choose(id, compare, name, ReferenceSteps.PairedDifference, () => Check(id, compare));

    /// <summary>The learning-rate sensitivity to go on with (<c>"lr-sensitivity"</c>): <paramref name="sensitivity"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="sensitivity">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    [OverloadResolutionPriority(-1)] // an untyped three-argument lambda means an SgdStep
    public static LearningRateSensitivity Use(string id, LearningRateSensitivity sensitivity, [CallerArgumentExpression(nameof(sensitivity))] string? name = null) =>
        Choose(id, sensitivity, name, ReferenceSteps.LearningRateSensitivity, () => Check(id, sensitivity));

    /// <summary>The path recorder to go on with (<c>"trajectory"</c>): <paramref name="record"/> once it passes its check, else the library's.</summary>
    /// <param name="id">The exercise id.</param>
    /// <param name="record">The learner's function.</param>
    /// <param name="name">The learner's function as written in the call (filled in by the compiler).</param>
    public static TrajectoryRecorder Use(string id, TrajectoryRecorder record, [CallerArgumentExpression(nameof(record))] string? name = null) =>
        Choose(id, record, name, ReferenceSteps.Trajectory, () => Check(id, record));

    private static bool IsAdagrad(string? id) => id?.Trim() == "adagrad-step";

    private static T Choose<T>(string? id, T? learner, string? name, T reference, Func<CheckResult> check)
        where T : Delegate
    {
        var key = id?.Trim() ?? string.Empty;
        var result = learner is null ? null : SessionChecks.FindFor(key, learner) ?? check();
        Console.Out.WriteLine(FallbackNote.Of(name, key, result));
        return result is { Correct: true } && learner is not null ? learner : reference;
    }
}
