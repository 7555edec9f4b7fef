using System.Globalization;
using System.Text.RegularExpressions;

namespace Course.Checks.Quizzes;

/// <summary>
/// A question whose answer is a number, accepted within an absolute tolerance and read in a unit.
/// A string answer may carry the unit (<c>"4 steps"</c>); a percentage (<c>"35%"</c>) is accepted
/// for a question without a unit and read as a fraction.
/// </summary>
internal sealed partial record NumericQuestion : Question
{
    /// <summary>Creates the question.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="prompt">The question text; it should name the unit and the precision expected.</param>
    /// <param name="answer">The key, computed in code where it is a computation.</param>
    /// <param name="tolerance">The largest accepted absolute difference from <paramref name="answer"/>.</param>
    /// <param name="unit">The unit of the answer, such as <c>"steps"</c>, or empty for a pure number.</param>
    /// <param name="explanation">Why the answer is what it is (the computation).</param>
    /// <param name="traps">Common wrong values and why they tempt.</param>
    /// <param name="points">Points for the right answer.</param>
    public NumericQuestion(string id, string prompt, double answer, double tolerance, string unit, string explanation, IReadOnlyList<NumericTrap>? traps = null, double points = 1)
        : base(id, prompt, explanation, points)
    {
        if (!double.IsFinite(answer) || !(tolerance > 0))
        {
            throw new ArgumentException($"Question '{id}' needs a finite answer and a tolerance > 0.", nameof(tolerance));
        }

        Answer = answer;
        Tolerance = tolerance;
        Unit = unit;
        Traps = traps ?? [];
    }

    /// <summary>The key.</summary>
    public double Answer { get; }

    /// <summary>The accepted absolute difference.</summary>
    public double Tolerance { get; }

    /// <summary>The unit, or empty.</summary>
    public string Unit { get; }

    /// <summary>Common wrong values.</summary>
    public IReadOnlyList<NumericTrap> Traps { get; }

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Numeric;

    private string UnitSuffix => Unit.Length == 0 ? string.Empty : " " + Unit;

    private string HowToAnswer =>
        $"Answer with a number{(Unit.Length == 0 ? string.Empty : $" in {Unit}")}, within ±{Format(Tolerance)}, for example Quiz.Ask(\"{Id}\", 0.5).";

    /// <inheritdoc />
    public override QuestionView View() => new(Id, Kind, Prompt, [], HowToAnswer, Points);

    /// <inheritdoc />
    public override CheckResult Grade(QuizAnswer answer)
    {
        if (answer is QuizAnswer.Text { Value: var raw } && string.IsNullOrWhiteSpace(raw))
        {
            return NoAnswer(HowToAnswer);
        }

        double value;
        switch (answer)
        {
            case QuizAnswer.Number n:
                value = n.Value;
                break;
            case QuizAnswer.Text t:
                var parsed = Parse(t.Value!);
                if (parsed.Error is not null)
                {
                    return Result(false, 0, $"{parsed.Error} {HowToAnswer}");
                }

                value = parsed.Value;
                break;
            default:
                return WrongSort(answer, HowToAnswer);
        }

        if (!double.IsFinite(value))
        {
            return Result(false, 0, $"The answer {Format(value)} is not a finite number. {HowToAnswer}");
        }

        var key = $"{Format(Answer)}{UnitSuffix}";
        if (Math.Abs(value - Answer) <= Tolerance)
        {
            return Revealing(true, Points, string.Empty, $"{key} (accepted within ±{Format(Tolerance)}). {Explanation}");
        }

        var trap = Traps.FirstOrDefault(tr => Math.Abs(value - tr.Value) <= Tolerance);
        var why = trap is null ? string.Empty : " " + trap.WhyTempting;
        return Revealing(false, 0, $"You answered {Format(value)}{UnitSuffix}.{why}", $"The answer is {key}. {Explanation}", trap?.Misconception);
    }

    private (double Value, string? Error) Parse(string text)
    {
        var match = NumberWithUnit().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return (double.NaN, $"\"{text}\" is not a number (use a dot for decimals).");
        }

        var unit = match.Groups["unit"].Value.Trim();
        if (unit.Length == 0 || SameUnit(unit, Unit))
        {
            return (value, null);
        }

        if (unit == "%" && Unit.Length == 0)
        {
            return (value / 100, null);
        }

        return (double.NaN, Unit.Length == 0
            ? $"This answer is a pure number, without the unit \"{unit}\"."
            : $"This answer is in {Unit}, not in \"{unit}\".");
    }

    private static bool SameUnit(string given, string expected) =>
        string.Equals(given.TrimEnd('s'), expected.TrimEnd('s'), StringComparison.OrdinalIgnoreCase);

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)\s*(?<unit>.*?)\s*$")]
    private static partial Regex NumberWithUnit();
}
