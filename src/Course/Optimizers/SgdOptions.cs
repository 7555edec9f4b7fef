namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="Sgd{T}"/>, named and defaulted as <c>torch.optim.SGD</c>.</summary>
/// <param name="LearningRate">Step size η (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="Momentum">Momentum factor μ, ≥ 0; 0 turns momentum off.</param>
/// <param name="Dampening">Dampening τ for momentum, in [0, 1]; must be 0 with Nesterov.</param>
/// <param name="WeightDecay">L2 penalty λ added to the gradient, ≥ 0.</param>
/// <param name="Nesterov">Use Nesterov momentum; needs <paramref name="Momentum"/> &gt; 0.</param>
/// <param name="Maximize">Maximize the objective instead of minimizing it.</param>
public sealed record SgdOptions(
    double LearningRate = 1e-3,
    double Momentum = 0,
    double Dampening = 0,
    double WeightDecay = 0,
    bool Nesterov = false,
    bool Maximize = false);
