namespace Course.Checks.Quizzes;

/// <summary>
/// A question as a notebook shows it through <see cref="Quiz.Show"/>: the prompt and the options,
/// never the key. Rendered as an HTML card.
/// </summary>
/// <param name="Id">The question id to pass to <see cref="Quiz.Ask(string, string)"/>.</param>
/// <param name="Kind">The kind of question, which decides how to answer.</param>
/// <param name="Prompt">The question text.</param>
/// <param name="Options">Labelled options (a letter and a text) for multiple-choice and ordering questions; empty otherwise.</param>
/// <param name="HowToAnswer">One sentence saying how to write the answer, with an example call.</param>
/// <param name="Points">Points for a fully correct answer.</param>
public sealed record QuestionView(
    string Id,
    CheckKind Kind,
    string Prompt,
    IReadOnlyList<KeyValuePair<char, string>> Options,
    string HowToAnswer,
    double Points);
