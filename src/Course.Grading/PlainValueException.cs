namespace Course.Grading;

/// <summary>A quiz answer that is not a plain value; the message says why, in one sentence for the learner.</summary>
/// <param name="message">Why the answer was not read.</param>
public sealed class PlainValueException(string message) : Exception(message);
