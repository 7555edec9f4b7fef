namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="Adamax{T}"/>, named and defaulted as <c>torch.optim.Adamax</c> (PyTorch 1.13).</summary>
/// <param name="LearningRate">Step size γ (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="Beta1">Decay rate β₁ of the first moment (PyTorch <c>betas[0]</c>), in [0, 1).</param>
/// <param name="Beta2">Decay rate β₂ of the infinity norm (PyTorch <c>betas[1]</c>), in [0, 1).</param>
/// <param name="Eps">Term ε added to |g| before the maximum, so the divisor is never zero, &gt; 0.</param>
/// <param name="WeightDecay">L2 penalty λ added to the gradient (coupled weight decay), ≥ 0.</param>
/// <param name="Maximize">Maximize the objective instead of minimizing it.</param>
public sealed record AdamaxOptions(
    double LearningRate = 2e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Eps = 1e-8,
    double WeightDecay = 0,
    bool Maximize = false);
