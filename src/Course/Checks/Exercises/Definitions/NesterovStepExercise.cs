using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "nesterov-step" exercise in Sutskever's lookahead form: v ← μv − η∇f(w + μv); w ← w + v
/// (Sutskever, Martens, Dahl &amp; Hinton 2013, eq. 3–4). Its reference is this closed form; a test checks it
/// against <see cref="Course.Optimizers.Sgd{T}"/> with Nesterov through the change of variables θ = w + μv.
/// </summary>
internal sealed class NesterovStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "nesterov-step";

    /// <inheritdoc />
    public override string Title => "Nesterov step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "V"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var length = random.Next(2, 5);
        var steps = random.Next(4, 7);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, length, 2),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.05, 0.3),
            Momentum = ExerciseRandom.Uniform(random, 0.5, 0.95),
            Field = new GradientField(
                Enumerable.Range(0, length).Select(_ => ExerciseRandom.Uniform(random, 0.5, 3)).ToArray(),
                ExerciseRandom.Vector(random, length, 1),
                Enumerable.Range(0, length).Select(_ => ExerciseRandom.Uniform(random, 0.1, 0.5)).ToArray()),
            HyperparameterNames = ["lr", "mu"],
        };
    }

    /// <summary>One step of the lookahead rule from <paramref name="state"/> = [w, v].</summary>
    public static double[][] Rule(StepCase stepCase, double[][] state)
    {
        var (w, v) = (state[0], state[1]);
        var lookahead = Build(w.Length, i => w[i] + (stepCase.Momentum * v[i]));
        var g = stepCase.Field!.At(lookahead);
        var newV = Build(w.Length, i => (stepCase.Momentum * v[i]) - (stepCase.LearningRate * g[i]));
        return [Build(w.Length, i => w[i] + newV[i]), newV];
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase)
    {
        var states = new List<double[][]> { new[] { (double[])stepCase.InitialWeights.Clone(), new double[stepCase.InitialWeights.Length] } };
        for (var k = 0; k < stepCase.Steps; k++)
        {
            states.Add(Rule(stepCase, states[^1]));
        }

        return states;
    }

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) => stepCase.Field!.ToString();

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.LookaheadAtCurrentPoint, (c, k, s) => WithGradientAt(c, s, s[0], (v, g) => (c.Momentum * v) - (c.LearningRate * g), (w, v) => w + v)),
        new(Misconceptions.LookaheadWrongDirection, (c, k, s) => WithGradientAt(c, s, Build(s[0].Length, i => s[0][i] - (c.Momentum * s[1][i])), (v, g) => (c.Momentum * v) - (c.LearningRate * g), (w, v) => w + v)),
        new(Misconceptions.WrongSign, (c, k, s) => WithGradientAt(c, s, Lookahead(c, s), (v, g) => (c.Momentum * v) - (c.LearningRate * g), (w, v) => w - v)),
        new(Misconceptions.MixedConventions, (c, k, s) => WithGradientAt(c, s, Lookahead(c, s), (v, g) => (c.Momentum * v) + (c.LearningRate * g), (w, v) => w - v)),
        new(Misconceptions.VelocityNotCarried, (c, k, s) => WithGradientAt(c, s, Lookahead(c, s), (v, g) => -c.LearningRate * g, (w, v) => w + v)),
        new(Misconceptions.LearningRateTwice, (c, k, s) => WithGradientAt(c, s, Lookahead(c, s), (v, g) => (c.Momentum * v) - (c.LearningRate * g), (w, v) => w + (c.LearningRate * v))),
        new(Misconceptions.StateNotUpdated, (c, k, s) => [Rule(c, s)[0], s[1]]),
        new(Misconceptions.StaleVelocity, (c, k, s) => [Build(s[0].Length, i => s[0][i] + s[1][i]), Rule(c, s)[1]]),
    ];

    private static double[] Lookahead(StepCase c, double[][] s) => Build(s[0].Length, i => s[0][i] + (c.Momentum * s[1][i]));

    private static double[][] WithGradientAt(StepCase c, double[][] s, double[] point, Func<double, double, double> velocity, Func<double, double, double> move)
    {
        var g = c.Field!.At(point);
        var v = Build(s[0].Length, i => velocity(s[1][i], g[i]));
        return [Build(s[0].Length, i => move(s[0][i], v[i])), v];
    }
}
