using System.Globalization;

namespace Course.Checks.Exercises;

/// <summary>
/// One hidden case of an exercise: starting weights, the gradient of every step (or a gradient field),
/// and the hyperparameters. Each exercise uses the fields its rule needs.
/// </summary>
internal sealed record StepCase
{
    /// <summary>1-based case number shown in feedback.</summary>
    public required int Number { get; init; }

    /// <summary>Starting weights.</summary>
    public required double[] InitialWeights { get; init; }

    /// <summary>The gradient given at each step (empty when <see cref="Field"/> supplies gradients).</summary>
    public double[][] Gradients { get; init; } = [];

    /// <summary>Number of steps in the case.</summary>
    public required int Steps { get; init; }

    /// <summary>η.</summary>
    public double LearningRate { get; init; }

    /// <summary>μ.</summary>
    public double Momentum { get; init; }

    /// <summary>α of RMSprop.</summary>
    public double Alpha { get; init; }

    /// <summary>β₁ of Adam.</summary>
    public double Beta1 { get; init; }

    /// <summary>β₂ of Adam.</summary>
    public double Beta2 { get; init; }

    /// <summary>ε.</summary>
    public double Eps { get; init; }

    /// <summary>λ of AdamW.</summary>
    public double WeightDecay { get; init; }

    /// <summary>W, the warmup length of the schedule exercise.</summary>
    public int WarmupSteps { get; init; }

    /// <summary>T, the step where the schedule exercise's cosine ends.</summary>
    public int TotalSteps { get; init; }

    /// <summary>The schedule exercise's rate at step 0.</summary>
    public double StartLearningRate { get; init; }

    /// <summary>The schedule exercise's rate at step T and after.</summary>
    public double MinLearningRate { get; init; }

    /// <summary>The gradient field of the Nesterov exercise.</summary>
    public GradientField? Field { get; init; }

    /// <summary>The named hyperparameters this case uses, in order, for feedback.</summary>
    public required IReadOnlyList<string> HyperparameterNames { get; init; }

    /// <summary>The hyperparameters as <c>lr = 0.1, mu = 0.9</c>.</summary>
    public string DescribeHyperparameters() => string.Join(", ", HyperparameterNames.Select(name => string.Create(CultureInfo.InvariantCulture, $"{name} = {VectorText.Of(Value(name))}")));

    private double Value(string name) => name switch
    {
        "lr" => LearningRate,
        "mu" => Momentum,
        "alpha" => Alpha,
        "beta1" => Beta1,
        "beta2" => Beta2,
        "eps" => Eps,
        "weightDecay" => WeightDecay,
        "warmupSteps" => WarmupSteps,
        "totalSteps" => TotalSteps,
        "peakLr" => LearningRate,
        "startLr" => StartLearningRate,
        "minLr" => MinLearningRate,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown hyperparameter."),
    };
}
