namespace Course.Checks.Quizzes;

/// <summary>
/// Put a few items in order. The items are shown shuffled with letters; the learner answers with
/// the letters (or the texts) in order. Partial credit: the share of items in their right place.
/// </summary>
internal sealed record OrderingQuestion : Question
{
    /// <summary>Creates the question from the items in their right order.</summary>
    public OrderingQuestion(string id, string prompt, IReadOnlyList<string> itemsInOrder, string explanation, double points = 1)
        : base(id, prompt, explanation, points)
    {
        if (itemsInOrder.Count < 3 || itemsInOrder.Distinct(StringComparer.OrdinalIgnoreCase).Count() != itemsInOrder.Count)
        {
            throw new ArgumentException($"Question '{id}' needs at least three distinct items.", nameof(itemsInOrder));
        }

        ItemsInOrder = itemsInOrder;
        Shown = Shuffle(id, itemsInOrder);
    }

    /// <summary>The items in their right order.</summary>
    public IReadOnlyList<string> ItemsInOrder { get; }

    /// <summary>The items as shown, labelled a, b, c, … (never in the right order).</summary>
    public IReadOnlyList<KeyValuePair<char, string>> Shown { get; }

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Ordering;

    private string HowToAnswer =>
        $"Answer with all {ItemsInOrder.Count} letters in order, for example Quiz.Ask(\"{Id}\", {string.Join(", ", Shown.Select(s => $"\"{s.Key}\""))}) or Quiz.Ask(\"{Id}\", \"{string.Join(",", Shown.Select(s => s.Key))}\").";

    /// <inheritdoc />
    public override QuestionView View() => new(Id, Kind, Prompt, Shown, HowToAnswer, Points);

    /// <inheritdoc />
    public override CheckResult Grade(QuizAnswer answer)
    {
        IReadOnlyList<string?>? items = answer switch
        {
            QuizAnswer.Order o => o.Items,
            QuizAnswer.Text { Value: { } text } => text.Split([',', ';', '>'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            QuizAnswer.Letter l => [l.Value.ToString()],
            _ => null,
        };
        if (items is null || items.Count == 0 || items.All(string.IsNullOrWhiteSpace))
        {
            return answer is QuizAnswer.Order or QuizAnswer.Text ? NoAnswer(HowToAnswer) : WrongSort(answer, HowToAnswer);
        }

        var resolved = new List<string>();
        foreach (var item in items)
        {
            var text = Resolve(item);
            if (text is null)
            {
                return Result(false, 0, $"\"{item}\" is not one of the items. {HowToAnswer}");
            }

            resolved.Add(text);
        }

        if (resolved.Count != ItemsInOrder.Count || resolved.Distinct().Count() != resolved.Count)
        {
            return Result(false, 0, $"Give each of the {ItemsInOrder.Count} items exactly once. {HowToAnswer}");
        }

        var right = Enumerable.Range(0, resolved.Count).Count(i => resolved[i] == ItemsInOrder[i]);
        var order = string.Join(" → ", ItemsInOrder.Select(i => $"({Label(i)}) {i}"));
        if (right == resolved.Count)
        {
            return Revealing(true, Points, string.Empty, $"{order}. {Explanation}");
        }

        return Revealing(false, Points * right / resolved.Count, $"{right} of {resolved.Count} items are in the right place.", $"The order is {order}. {Explanation}");
    }

    private char Label(string item) => Shown.First(s => s.Value == item).Key;

    private string? Resolve(string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        var byText = ItemsInOrder.FirstOrDefault(i => string.Equals(i, given.Trim(), StringComparison.OrdinalIgnoreCase));
        var letter = given.Trim().Trim('(', ')', '.').Trim();
        if (byText is not null || letter.Length != 1)
        {
            return byText;
        }

        var key = char.ToLowerInvariant(letter[0]);
        return Shown.FirstOrDefault(s => s.Key == key).Value;
    }

    private static KeyValuePair<char, string>[] Shuffle(string id, IReadOnlyList<string> items)
    {
        var random = new Random(StableHash.Of(id));
        var shuffled = items.OrderBy(_ => random.Next()).ToList();
        if (shuffled.SequenceEqual(items))
        {
            shuffled.Add(shuffled[0]);
            shuffled.RemoveAt(0);
        }

        return shuffled.Select((item, i) => KeyValuePair.Create((char)('a' + i), item)).ToArray();
    }
}
