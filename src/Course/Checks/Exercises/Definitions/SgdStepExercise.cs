using Course.Optimizers;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>The "sgd-step" exercise: w ← w − η·g, checked against <see cref="Sgd{T}"/>.</summary>
internal sealed class SgdStepExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "sgd-step";

    /// <inheritdoc />
    public override string Title => "SGD step";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["W"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var length = random.Next(2, 6);
        var steps = random.Next(3, 6);
        return new StepCase
        {
            Number = number,
            InitialWeights = ExerciseRandom.Vector(random, length, 2),
            Gradients = ExerciseRandom.Gradients(random, steps, length, 3),
            Steps = steps,
            LearningRate = ExerciseRandom.Uniform(random, 0.05, 0.6),
            HyperparameterNames = ["lr"],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase)
    {
        var parameter = new Parameter<double>("w", (double[])stepCase.InitialWeights.Clone());
        var sgd = new Sgd<double>([parameter], new SgdOptions(LearningRate: stepCase.LearningRate));
        var states = new List<double[][]> { new[] { (double[])parameter.Value.Clone() } };
        foreach (var gradient in stepCase.Gradients)
        {
            gradient.CopyTo(parameter.Gradient, 0);
            sgd.Step();
            states.Add([(double[])parameter.Value.Clone()]);
        }

        return states;
    }

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        new(Misconceptions.WrongSign, (c, k, s) => [Build(s[0].Length, i => s[0][i] + (c.LearningRate * c.Gradients[k][i]))]),
        new(Misconceptions.LearningRateTwice, (c, k, s) => [Build(s[0].Length, i => s[0][i] - (c.LearningRate * c.LearningRate * c.Gradients[k][i]))]),
        new(Misconceptions.MissingLearningRate, (c, k, s) => [Build(s[0].Length, i => s[0][i] - c.Gradients[k][i])]),
        new(Misconceptions.ReturnedUpdate, (c, k, s) => [Build(s[0].Length, i => -c.LearningRate * c.Gradients[k][i])]),
    ];
}
