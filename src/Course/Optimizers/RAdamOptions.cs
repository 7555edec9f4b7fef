namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="RAdam{T}"/>, named and defaulted as <c>torch.optim.RAdam</c> (PyTorch 1.13).</summary>
/// <param name="LearningRate">Step size γ (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="Beta1">Decay rate β₁ of the first moment (PyTorch <c>betas[0]</c>), in [0, 1).</param>
/// <param name="Beta2">Decay rate β₂ of the second moment (PyTorch <c>betas[1]</c>), in [0, 1).</param>
/// <param name="Eps">Term ε added to the root of the second moment for numerical stability, &gt; 0.</param>
/// <param name="WeightDecay">L2 penalty λ added to the gradient (coupled weight decay), ≥ 0.</param>
public sealed record RAdamOptions(
    double LearningRate = 1e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Eps = 1e-8,
    double WeightDecay = 0);
