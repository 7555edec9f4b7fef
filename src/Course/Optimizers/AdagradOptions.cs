namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="Adagrad{T}"/>, named and defaulted as <c>torch.optim.Adagrad</c>.</summary>
/// <param name="LearningRate">Step size γ (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="LearningRateDecay">Decay η of the step size, γ_t = γ / (1 + (t − 1) η) (PyTorch <c>lr_decay</c>), ≥ 0.</param>
/// <param name="WeightDecay">L2 penalty λ added to the gradient, ≥ 0.</param>
/// <param name="InitialAccumulatorValue">Starting value of every entry of the squared-gradient sum, ≥ 0.</param>
/// <param name="Eps">Term ε added to the root of the sum for numerical stability, &gt; 0.</param>
/// <param name="Maximize">Maximize the objective instead of minimizing it.</param>
public sealed record AdagradOptions(
    double LearningRate = 1e-2,
    double LearningRateDecay = 0,
    double WeightDecay = 0,
    double InitialAccumulatorValue = 0,
    double Eps = 1e-10,
    bool Maximize = false);
