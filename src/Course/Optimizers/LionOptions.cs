namespace Course.Optimizers;

/// <summary>
/// Hyperparameters of <see cref="Lion{T}"/>, named as the other optimizers here and defaulted as in
/// Chen et al. (2023) and the authors' reference code.
/// </summary>
/// <param name="LearningRate">Step size η, ≥ 0; Lion's sign update has unit size per coordinate, so η is typically 3–10× smaller than Adam's.</param>
/// <param name="Beta1">Interpolation β₁ between momentum and gradient for the update direction, in [0, 1).</param>
/// <param name="Beta2">Decay rate β₂ of the momentum, in [0, 1).</param>
/// <param name="WeightDecay">Decoupled weight decay λ: each step first scales θ by 1 − ηλ, ≥ 0.</param>
public sealed record LionOptions(
    double LearningRate = 1e-4,
    double Beta1 = 0.9,
    double Beta2 = 0.99,
    double WeightDecay = 0);
