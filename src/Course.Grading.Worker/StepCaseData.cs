using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>The inputs of a hidden case as they travel to the worker (the library's case record is internal to it).</summary>
/// <param name="Number">The 1-based case number.</param>
/// <param name="Steps">How many steps.</param>
/// <param name="Gradients">The gradient of each step (empty when a field gives them).</param>
/// <param name="LearningRate">η.</param>
/// <param name="Momentum">μ.</param>
/// <param name="Alpha">α of RMSprop.</param>
/// <param name="Beta1">β₁.</param>
/// <param name="Beta2">β₂.</param>
/// <param name="Eps">ε.</param>
/// <param name="WeightDecay">λ.</param>
/// <param name="Field">The gradient field's curvature, centre and cubic terms (Nesterov), or <see langword="null"/>.</param>
/// <param name="WarmupSteps">W of a warmup-then-cosine schedule.</param>
/// <param name="TotalSteps">T of a warmup-then-cosine schedule.</param>
/// <param name="StartLearningRate">The schedule's rate at step 0.</param>
/// <param name="MinLearningRate">The schedule's rate at step T and after.</param>
public sealed record StepCaseData(int Number, int Steps, double[][] Gradients, double LearningRate, double Momentum, double Alpha, double Beta1, double Beta2, double Eps, double WeightDecay, double[][]? Field,
    int WarmupSteps, int TotalSteps, double StartLearningRate, double MinLearningRate)
{
    /// <summary>The inputs of <paramref name="stepCase"/>.</summary>
    /// <param name="stepCase">A hidden case.</param>
    internal static StepCaseData From(StepCase stepCase) =>
        new(stepCase.Number, stepCase.Steps, stepCase.Gradients, stepCase.LearningRate, stepCase.Momentum, stepCase.Alpha, stepCase.Beta1, stepCase.Beta2, stepCase.Eps, stepCase.WeightDecay,
            stepCase.Field is { } f ? [f.Curvature, f.Centre, f.Cubic] : null,
            stepCase.WarmupSteps, stepCase.TotalSteps, stepCase.StartLearningRate, stepCase.MinLearningRate);

    /// <summary>The case as the library's call table takes it (<see cref="LearnerCall"/>).</summary>
    internal StepCase ToStepCase() => new()
    {
        Number = Number, InitialWeights = [], Steps = Steps, Gradients = Gradients, LearningRate = LearningRate, Momentum = Momentum, Alpha = Alpha, Beta1 = Beta1, Beta2 = Beta2,
        Eps = Eps, WeightDecay = WeightDecay, WarmupSteps = WarmupSteps, TotalSteps = TotalSteps, StartLearningRate = StartLearningRate, MinLearningRate = MinLearningRate,
        Field = Field is [var curvature, var centre, var cubic] ? new GradientField(curvature, centre, cubic) : null, HyperparameterNames = [],
    };
}
