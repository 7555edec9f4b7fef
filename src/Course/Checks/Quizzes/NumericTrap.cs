namespace Course.Checks.Quizzes;

/// <summary>A wrong number learners often arrive at, and why.</summary>
/// <param name="Value">The tempting wrong value.</param>
/// <param name="WhyTempting">How one arrives at it and why it is wrong.</param>
/// <param name="Misconception">The named mistake behind it, if there is one.</param>
internal sealed record NumericTrap(double Value, string WhyTempting, Misconception? Misconception = null);
