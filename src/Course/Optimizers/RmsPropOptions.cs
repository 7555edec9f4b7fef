namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="RmsProp{T}"/>, named and defaulted as <c>torch.optim.RMSprop</c>.</summary>
/// <param name="LearningRate">Step size γ (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="Alpha">Smoothing constant α of the squared-gradient average, in [0, 1).</param>
/// <param name="Eps">Term ε added to the root of the average for numerical stability, &gt; 0.</param>
/// <param name="WeightDecay">L2 penalty λ added to the gradient, ≥ 0.</param>
/// <param name="Momentum">Momentum factor μ, ≥ 0; 0 turns momentum off.</param>
/// <param name="Centered">Divide by an estimate of the gradient's variance instead of its raw second moment.</param>
/// <param name="Maximize">Maximize the objective instead of minimizing it.</param>
public sealed record RmsPropOptions(
    double LearningRate = 1e-2,
    double Alpha = 0.99,
    double Eps = 1e-8,
    double WeightDecay = 0,
    double Momentum = 0,
    bool Centered = false,
    bool Maximize = false);
