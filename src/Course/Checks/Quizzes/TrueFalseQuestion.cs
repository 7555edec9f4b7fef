namespace Course.Checks.Quizzes;

/// <summary>A statement the learner marks true or false.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Prompt">The statement.</param>
/// <param name="Answer">Whether the statement is true.</param>
/// <param name="Explanation">Why the statement is true or false.</param>
/// <param name="WhyTempting">Why the opposite answer is tempting, and why it is still wrong.</param>
/// <param name="Points">Points for the right answer.</param>
/// <param name="WrongAnswerMisconception">The named mistake behind the wrong answer, if there is one.</param>
internal sealed record TrueFalseQuestion(
    string Id,
    string Prompt,
    bool Answer,
    string Explanation,
    string WhyTempting,
    double Points = 1,
    Misconception? WrongAnswerMisconception = null) : Question(Id, Prompt, Explanation, Points)
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.TrueFalse;

    private string HowToAnswer => $"Answer true or false, for example Quiz.Ask(\"{Id}\", true).";

    /// <inheritdoc />
    public override QuestionView View() => new(Id, Kind, Prompt, [], HowToAnswer, Points);

    /// <inheritdoc />
    public override CheckResult Grade(QuizAnswer answer)
    {
        bool? value = answer switch
        {
            QuizAnswer.Truth t => t.Value,
            QuizAnswer.Text t when string.IsNullOrWhiteSpace(t.Value) => null,
            QuizAnswer.Text t => t.Value!.Trim().ToLowerInvariant() switch
            {
                "true" or "t" or "yes" => true,
                "false" or "f" or "no" => false,
                _ => default(bool?),
            },
            _ => default(bool?),
        };
        if (answer is QuizAnswer.Text { Value: var raw } && string.IsNullOrWhiteSpace(raw))
        {
            return NoAnswer(HowToAnswer);
        }

        if (value is not { } given)
        {
            return WrongSort(answer, HowToAnswer);
        }

        var verdict = Answer ? "true" : "false";
        return given == Answer
            ? Revealing(true, Points, string.Empty, $"The statement is {verdict}. {Explanation}")
            : Revealing(false, 0, WhyTempting, $"The statement is {verdict}. {Explanation}", WrongAnswerMisconception);
    }
}
