using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>
/// Where a probe cell leaves the learner's function for the worker: the grader turns
/// <c>Exercise.Check("adam-step", MyAdamStep)</c> into <c>Probe.Capture((AdamStep)(MyAdamStep))</c>, and the worker
/// takes the delegate after the cell and calls it on the probe's inputs. Learner code may call this too; all it can
/// do is choose which of its own functions is called, and the grader judges the outputs either way.
/// </summary>
public static class Probe
{
    private static Delegate? captured;

    /// <summary>Hands <paramref name="function"/> to the worker.</summary>
    /// <param name="function">The learner's function, converted to the exercise's delegate type.</param>
    public static void Capture(Delegate? function) => Interlocked.Exchange(ref captured, function);

    /// <summary>Takes the captured function, leaving none.</summary>
    internal static Delegate? Take() => Interlocked.Exchange(ref captured, null);

    /// <summary>The probe cell's source for exercise <paramref name="exerciseId"/> and the function expression <paramref name="function"/>.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <param name="function">The function as the grader's check cell names it, such as <c>MyAdamStep</c>.</param>
    /// <returns>The source, or <see langword="null"/> when the exercise is unknown.</returns>
    public static string? Source(string exerciseId, string function) =>
        LearnerCall.DelegateType(exerciseId) is { } type ? $"global::{typeof(Probe).FullName}.{nameof(Capture)}((global::{type.FullName})({function}));" : null;
}
