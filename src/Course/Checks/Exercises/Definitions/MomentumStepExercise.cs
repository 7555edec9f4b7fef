using Course.Optimizers;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "momentum-step" exercise in PyTorch's convention, v ← μv + g; w ← w − ηv, checked against
/// <see cref="Sgd{T}"/> with momentum.
/// </summary>
internal sealed class MomentumStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "momentum-step";

    /// <inheritdoc />
    public override string Title => "Momentum step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W", "V"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var length = random.Next(2, 6);
        var steps = random.Next(4, 7);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, length, 2),
            Gradients = ExerciseRandom.Gradients(random, steps, length, 3),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.05, 0.4),
            Momentum = ExerciseRandom.Uniform(random, 0.5, 0.95),
            HyperparameterNames = ["lr", "mu"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase)
    {
        var parameter = new Parameter<double>("w", (double[])stepCase.InitialWeights.Clone());
        var sgd = new Sgd<double>([parameter], new SgdOptions(LearningRate: stepCase.LearningRate, Momentum: stepCase.Momentum));
        var states = new List<double[][]> { new[] { (double[])parameter.Value.Clone(), new double[parameter.Length] } };
        foreach (var gradient in stepCase.Gradients)
        {
            gradient.CopyTo(parameter.Gradient, 0);
            sgd.Step();
            states.Add([(double[])parameter.Value.Clone(), sgd.StateOf(parameter)!.Velocity.ToArray()]);
        }

        return states;
    }

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.WrongSign, (c, k, s) => Step(s, V(c, k, s), (w, v) => w + (c.LearningRate * v))),
        new(Misconceptions.VelocityNotCarried, (c, k, s) => Step(s, c.Gradients[k], (w, v) => w - (c.LearningRate * v))),
        new(Misconceptions.StateNotUpdated, (c, k, s) => [Build(s[0].Length, i => s[0][i] - (c.LearningRate * V(c, k, s)[i])), s[1]]),
        new(Misconceptions.StaleVelocity, (c, k, s) => [Build(s[0].Length, i => s[0][i] - (c.LearningRate * s[1][i])), V(c, k, s)]),
        new(Misconceptions.LearningRateTwice, (c, k, s) => Step(s, Build(s[0].Length, i => (c.Momentum * s[1][i]) + (c.LearningRate * c.Gradients[k][i])), (w, v) => w - (c.LearningRate * v))),
        new(Misconceptions.MovingAverageMomentum, (c, k, s) => Step(s, Build(s[0].Length, i => (c.Momentum * s[1][i]) + ((1 - c.Momentum) * c.Gradients[k][i])), (w, v) => w - (c.LearningRate * v))),
        new(Misconceptions.MixedConventions, (c, k, s) => Step(s, Build(s[0].Length, i => (c.Momentum * s[1][i]) - (c.LearningRate * c.Gradients[k][i])), (w, v) => w + v)),
    ];

    private static double[] V(StepCase c, int k, double[][] s) => Build(s[0].Length, i => (c.Momentum * s[1][i]) + c.Gradients[k][i]);

    private static double[][] Step(double[][] s, double[] v, Func<double, double, double> move) => [Build(s[0].Length, i => move(s[0][i], v[i])), v];
}
