namespace Course.Checks.Exercises;

/// <summary>
/// What the checker needs to know about one exercise: its hidden cases, the reference trajectory from
/// the library, and the wrong variants it can recognise. State is an array of buffers, weights first.
/// </summary>
internal abstract class ExerciseDefinition
{
    /// <summary>The exercise id, such as <c>"momentum-step"</c>.</summary>
    public abstract string Id { get; }

    /// <summary>A human title, such as <c>"Momentum step"</c>.</summary>
    public abstract string Title { get; }

    /// <summary>Names of the state buffers as the learner's tuple names them, weights first: <c>["W", "V"]</c>.</summary>
    public abstract IReadOnlyList<string> StateNames { get; }

    /// <summary>How many hidden cases, each worth one point.</summary>
    public virtual int CaseCount => 5;

    /// <summary>Creates hidden case number <paramref name="number"/> from <paramref name="random"/>.</summary>
    public abstract StepCase Generate(Random random, int number);

    /// <summary>The reference states before the first step and after each step (length Steps + 1).</summary>
    public abstract IReadOnlyList<double[][]> Reference(StepCase stepCase);

    /// <summary>The deliberately wrong variants, most specific first.</summary>
    public abstract IReadOnlyList<Variant> Variants { get; }

    /// <summary>The inputs of step <paramref name="step"/> besides the state, for feedback (such as the gradient).</summary>
    public virtual string DescribeStepInputs(StepCase stepCase, int step) => $"grad = {VectorText.Of(stepCase.Gradients[step])}";

    /// <summary>Draws a uniform number in [<paramref name="low"/>, <paramref name="high"/>), rounded to 4 decimals so feedback stays readable.</summary>
    protected static double Uniform(Random random, double low, double high) => Math.Round(low + ((high - low) * random.NextDouble()), 4);

    /// <summary>A vector of <paramref name="length"/> uniform numbers, none closer to 0 than 0.05 so every coordinate moves.</summary>
    protected static double[] Vector(Random random, int length, double scale)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            var magnitude = Uniform(random, 0.05, 1) * scale;
            values[i] = Math.Round(random.Next(2) == 0 ? -magnitude : magnitude, 4);
        }

        return values;
    }

    /// <summary>Per-step gradients for a case.</summary>
    protected static double[][] Gradients(Random random, int steps, int length, double scale) =>
        Enumerable.Range(0, steps).Select(_ => Vector(random, length, scale)).ToArray();
}
