namespace Course.Checks.Quizzes;

/// <summary>Pick one of several lettered choices; each wrong choice carries its own explanation.</summary>
internal sealed record MultipleChoiceQuestion : Question
{
    /// <summary>Creates the question; <paramref name="answer"/> must be one of the choices' keys.</summary>
    public MultipleChoiceQuestion(string id, string prompt, IReadOnlyList<Choice> choices, char answer, string explanation, double points = 1)
        : base(id, prompt, explanation, points)
    {
        if (choices.Count < 2 || choices.Select(c => c.Key).Distinct().Count() != choices.Count)
        {
            throw new ArgumentException($"Question '{id}' needs at least two choices with distinct keys.", nameof(choices));
        }

        if (choices.All(c => c.Key != answer))
        {
            throw new ArgumentException($"Question '{id}' has no choice '{answer}'.", nameof(answer));
        }

        if (choices.Any(c => c.Key != answer && string.IsNullOrWhiteSpace(c.WhyTempting)))
        {
            throw new ArgumentException($"Every wrong choice of question '{id}' needs an explanation.", nameof(choices));
        }

        Choices = choices;
        Answer = answer;
    }

    /// <summary>The choices in display order.</summary>
    public IReadOnlyList<Choice> Choices { get; }

    /// <summary>The key of the right choice.</summary>
    public char Answer { get; }

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.MultipleChoice;

    private string HowToAnswer => $"Answer with the letter of one choice ({string.Join(", ", Choices.Select(c => c.Key))}), for example Quiz.Ask(\"{Id}\", \"{Choices[0].Key}\").";

    /// <inheritdoc />
    public override QuestionView View() =>
        new(Id, Kind, Prompt, Choices.Select(c => KeyValuePair.Create(c.Key, c.Text)).ToArray(), HowToAnswer, Points);

    /// <inheritdoc />
    public override CheckResult Grade(QuizAnswer answer)
    {
        char? key = answer switch
        {
            QuizAnswer.Letter l => char.ToLowerInvariant(l.Value),
            QuizAnswer.Text t when string.IsNullOrWhiteSpace(t.Value) => null,
            QuizAnswer.Text t => ParseKey(t.Value!),
            _ => '\0',
        };
        if (key is null)
        {
            return NoAnswer(HowToAnswer);
        }

        var right = Choices.First(c => c.Key == Answer);
        var chosen = Choices.FirstOrDefault(c => c.Key == key);
        if (chosen is null)
        {
            return WrongSort(answer, HowToAnswer);
        }

        if (chosen.Key == Answer)
        {
            return Revealing(true, Points, string.Empty, $"({right.Key}) {right.Text} — {Explanation}");
        }

        return Revealing(
            false,
            0,
            $"You chose ({chosen.Key}) {chosen.Text}. {chosen.WhyTempting}",
            $"The answer is ({right.Key}) {right.Text} — {Explanation}",
            chosen.Misconception);
    }

    private char ParseKey(string text)
    {
        var trimmed = text.Trim().Trim('(', ')', '.', ' ').ToLowerInvariant();
        if (trimmed.Length == 1)
        {
            return trimmed[0];
        }

        var byText = Choices.FirstOrDefault(c => string.Equals(c.Text.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return byText?.Key ?? '\0';
    }
}
