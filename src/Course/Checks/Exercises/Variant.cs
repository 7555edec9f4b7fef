namespace Course.Checks.Exercises;

/// <summary>
/// A deliberately wrong version of an update rule. When a learner's outputs match it on every step of a
/// failing case, the checker names its <see cref="Misconception"/>.
/// </summary>
/// <param name="Misconception">The mistake this variant embodies.</param>
/// <param name="Step">Given the case, the 0-based step and the state before it (weights first), returns the state after it.</param>
internal sealed record Variant(Misconception Misconception, Func<StepCase, int, double[][], double[][]> Step);
