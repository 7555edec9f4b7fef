namespace Course.Checks.Quizzes;

/// <summary>One lettered option of a multiple-choice question.</summary>
/// <param name="Key">The letter the learner types, <c>'a'</c>, <c>'b'</c>, …</param>
/// <param name="Text">The option as shown.</param>
/// <param name="WhyTempting">For a wrong option: why it is tempting and why it is still wrong.</param>
/// <param name="Misconception">For a wrong option that reflects a named mistake: that mistake.</param>
internal sealed record Choice(char Key, string Text, string? WhyTempting = null, Misconception? Misconception = null);
