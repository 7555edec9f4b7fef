namespace Course.Checks;

/// <summary>
/// A named, recognisable mistake, such as forgetting Adam's bias correction.
/// Graders count these across a class by <see cref="Id"/>.
/// </summary>
/// <param name="Id">A stable kebab-case identifier, such as <c>"no-bias-correction"</c>.</param>
/// <param name="Title">A short human name, such as <c>"No bias correction"</c>.</param>
/// <param name="Explanation">What the mistake is and how to fix it, in a sentence or two.</param>
public sealed record Misconception(string Id, string Title, string Explanation);
