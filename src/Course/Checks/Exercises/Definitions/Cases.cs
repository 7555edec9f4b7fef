namespace Course.Checks.Exercises.Definitions;

/// <summary>Hidden-case generators shared by exercises with the same hyperparameters.</summary>
internal static class Cases
{
    /// <summary>
    /// A case for Adam or AdamW. ε is large (0.01–0.1) so that where it sits is visible in the numbers, and
    /// gradients of different scales per coordinate make the adaptive scaling matter.
    /// </summary>
    public static StepCase Adam(Random random, int number, bool weightDecay)
    {
        var length = random.Next(2, 6);
        var steps = random.Next(4, 7);
        var weights = ExerciseRandom.Vector(random, length, 2);
        return new StepCase
        {
            Number = number,
            InitialWeights = weights,
            Gradients = ExerciseRandom.Gradients(random, steps, length, 2),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.02, 0.2),
            Beta1 = ExerciseRandom.Uniform(random, 0.7, 0.95),
            Beta2 = ExerciseRandom.Uniform(random, 0.9, 0.999),
            Eps = ExerciseRandom.Uniform(random, 0.01, 0.1),
            WeightDecay = weightDecay ? ExerciseRandom.Uniform(random, 0.1, 0.5) : 0,
            HyperparameterNames = weightDecay ? ["lr", "beta1", "beta2", "eps", "weightDecay"] : ["lr", "beta1", "beta2", "eps"],
        };
    }
}
