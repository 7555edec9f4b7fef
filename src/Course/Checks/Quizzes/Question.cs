namespace Course.Checks.Quizzes;

/// <summary>
/// One knowledge-check question with its key, compiled into the library so the notebook
/// holds only the learner's answer.
/// </summary>
/// <param name="Id">The id a lesson uses, <c>NN-slug</c> (NN the lesson number).</param>
/// <param name="Prompt">The question as the learner reads it.</param>
/// <param name="Explanation">Why the right answer is right.</param>
/// <param name="Points">Points for a fully correct answer.</param>
internal abstract record Question(string Id, string Prompt, string Explanation, double Points)
{
    /// <summary>The kind reported in results.</summary>
    public abstract CheckKind Kind { get; }

    /// <summary>Grades <paramref name="answer"/>; never throws for any learner input.</summary>
    public abstract CheckResult Grade(QuizAnswer answer);

    /// <summary>The question as shown by <see cref="Quiz.Show"/>, without the key.</summary>
    public abstract QuestionView View();

    /// <summary>A result for this question.</summary>
    protected CheckResult Result(bool correct, double score, string feedback, Misconception? misconception = null, bool unanswered = false) =>
        new(Id, Kind, correct, score, Points, feedback, misconception) { Prompt = Prompt, Unanswered = unanswered };

    /// <summary>
    /// A result whose feedback is <paramref name="shown"/> followed by <paramref name="reveal"/>, the part that gives
    /// the answer away (<see cref="CheckResult.Reveal"/>), which a card keeps behind a click.
    /// </summary>
    protected CheckResult Revealing(bool correct, double score, string shown, string reveal, Misconception? misconception = null) =>
        Result(correct, score, shown.Length == 0 ? reveal : $"{shown} {reveal}", misconception) with { Reveal = reveal };

    /// <summary>The result for an answer that is missing or empty.</summary>
    protected CheckResult NoAnswer(string howToAnswer) =>
        Result(false, 0, $"No answer yet. {howToAnswer}", unanswered: true);

    /// <summary>The result for an answer of the wrong sort, such as a number for a multiple-choice question.</summary>
    protected CheckResult WrongSort(QuizAnswer answer, string howToAnswer) =>
        Result(false, 0, $"This question cannot read the answer {answer.Describe()}. {howToAnswer}");
}
