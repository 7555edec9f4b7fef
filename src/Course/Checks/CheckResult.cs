namespace Course.Checks;

/// <summary>
/// The outcome of one knowledge check or exercise check: shown in a notebook as a ✓/✗ card
/// (text/html) and recorded as JSON under <see cref="Rendering.CheckFormatting.JsonMimeType"/>
/// so a grader can collect it without parsing HTML.
/// </summary>
/// <param name="QuestionId">The question or exercise id, such as <c>"03-momentum-decay"</c> or <c>"adam-step"</c>.</param>
/// <param name="Kind">What sort of check this was.</param>
/// <param name="Correct">Whether the answer earned full marks.</param>
/// <param name="Score">Points earned, between 0 and <paramref name="MaxScore"/>.</param>
/// <param name="MaxScore">Points available (0 when the id is unknown).</param>
/// <param name="Feedback">The main message: why the right answer is right, or what went wrong.</param>
/// <param name="Misconception">The recognised mistake behind a wrong answer, if one was recognised.</param>
public sealed record CheckResult(
    string QuestionId,
    CheckKind Kind,
    bool Correct,
    double Score,
    double MaxScore,
    string Feedback,
    Misconception? Misconception = null)
{
    /// <summary>The question as it was asked (shown at the top of the card), if known.</summary>
    public string? Prompt { get; init; }

    /// <summary>Further lines of feedback, such as one per hidden case of an exercise.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>
    /// The end of <see cref="Feedback"/> that gives the answer away (the right choice or value and why), or
    /// <see langword="null"/> when nothing does. A card shows it only behind a click, so a question's answer never
    /// stands beside it; plain text and JSON keep the whole <see cref="Feedback"/>.
    /// </summary>
    public string? Reveal { get; init; }

    /// <summary>Whether the learner has not answered yet (an empty answer or a stub that throws <see cref="NotImplementedException"/>).</summary>
    public bool Unanswered { get; init; }
}
