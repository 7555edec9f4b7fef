using Course.Checks.Exercises.Definitions;

namespace Course.Checks.Exercises;

/// <summary>Every exercise the checker knows, by id.</summary>
internal static class ExerciseCatalog
{
    /// <summary>The exercises, by id.</summary>
    public static IReadOnlyDictionary<string, ExerciseDefinition> ById { get; } = new ExerciseDefinition[]
    {
        new SgdStepExercise(),
        new MomentumStepExercise(),
        new NesterovStepExercise(),
        new AdagradStepExercise(),
        new RmsPropStepExercise(),
        new AdamStepExercise(),
        new AdamWStepExercise(),
        new LionStepExercise(),
        new WarmupCosineExercise(),
        new PairedDifferenceExercise(),
        new LearningRateSensitivityExercise(),
        new TrajectoryExercise(),
    }.ToDictionary(e => e.Id);
}
