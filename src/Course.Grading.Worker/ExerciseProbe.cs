using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>
/// The inputs the worker feeds a learner's function for one exercise: for a step exercise, each hidden case with
/// the state before its first step (later steps get the state the learner's own previous step returned, so no
/// reference value after the start ever reaches the worker); for the mini-batch exercise, each (n, batch size, seed) call.
/// </summary>
/// <param name="ExerciseId">The exercise id.</param>
/// <param name="Steps">The step cases, or <see langword="null"/> for the mini-batch exercise.</param>
/// <param name="Batches">The mini-batch calls, or <see langword="null"/> for a step exercise.</param>
public sealed record ExerciseProbe(string ExerciseId, IReadOnlyList<StepProbeCase>? Steps, IReadOnlyList<BatchProbeCase>? Batches);

/// <summary>One hidden case of a step exercise as inputs: the case (gradients, hyperparameters) and the state before its first step.</summary>
/// <param name="Case">The case.</param>
/// <param name="Initial">The state buffers fed to step 0, weights first.</param>
public sealed record StepProbeCase(StepCaseData Case, double[][] Initial);

/// <summary>One hidden case of the mini-batch exercise: the function is called twice with a <see cref="Random"/> seeded with <paramref name="Seed"/>.</summary>
/// <param name="N">The number of examples.</param>
/// <param name="BatchSize">The batch size.</param>
/// <param name="Seed">The seed of the <see cref="Random"/> passed in.</param>
public sealed record BatchProbeCase(int N, int BatchSize, int Seed);
