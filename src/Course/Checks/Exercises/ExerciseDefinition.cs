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
}
