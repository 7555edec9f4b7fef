namespace Course.Optimizers;

/// <summary>Hyperparameters of <see cref="AdamW{T}"/>, named and defaulted as <c>torch.optim.AdamW</c>.</summary>
/// <param name="LearningRate">Step size γ (PyTorch <c>lr</c>), ≥ 0.</param>
/// <param name="Beta1">Decay rate β₁ of the first moment (PyTorch <c>betas[0]</c>), in [0, 1).</param>
/// <param name="Beta2">Decay rate β₂ of the second moment (PyTorch <c>betas[1]</c>), in [0, 1).</param>
/// <param name="Eps">Term ε added to the root of the second moment for numerical stability, &gt; 0.</param>
/// <param name="WeightDecay">Decoupled weight decay λ: each step first scales θ by 1 − γλ, ≥ 0.</param>
/// <param name="Amsgrad">Divide by the largest second moment seen so far (AMSGrad).</param>
/// <param name="Maximize">Maximize the objective instead of minimizing it.</param>
public sealed record AdamWOptions(
    double LearningRate = 1e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Eps = 1e-8,
    double WeightDecay = 1e-2,
    bool Amsgrad = false,
    bool Maximize = false);
