namespace Course.Checks.Quizzes;

/// <summary>A learner's answer as it was typed, before a question interprets it.</summary>
internal abstract record QuizAnswer
{
    /// <summary>How the answer is echoed back on the card.</summary>
    public abstract string Describe();

    /// <summary>A string, which each kind of question parses in its own way.</summary>
    public sealed record Text(string? Value) : QuizAnswer
    {
        public override string Describe() => Value is null ? "null" : $"\"{Value}\"";
    }

    /// <summary>A single letter such as <c>'b'</c>.</summary>
    public sealed record Letter(char Value) : QuizAnswer
    {
        public override string Describe() => $"'{Value}'";
    }

    /// <summary>A truth value.</summary>
    public sealed record Truth(bool Value) : QuizAnswer
    {
        public override string Describe() => Value ? "true" : "false";
    }

    /// <summary>A number.</summary>
    public sealed record Number(double Value) : QuizAnswer
    {
        public override string Describe() => Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A sequence of item labels or texts.</summary>
    public sealed record Order(IReadOnlyList<string?>? Items) : QuizAnswer
    {
        public override string Describe() => Items is null ? "null" : "[" + string.Join(", ", Items.Select(i => i is null ? "null" : $"\"{i}\"")) + "]";
    }
}
