using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// Adam: a step along the bias-corrected running average of gradients, divided per coordinate by the root of
/// the bias-corrected running average of squared gradients, exactly as <c>torch.optim.Adam</c> (PyTorch 1.13).
/// Weight decay here is coupled (an L2 term added to the gradient); for decoupled decay use <see cref="AdamW{T}"/>.
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, betas β₁ β₂, eps ε, weight decay λ):</para>
/// <code>
/// state: m_0 ← 0, v_0 ← 0, v̂ᵐᵃˣ_0 ← 0
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// m_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// v_t ← β₂ v_{t−1} + (1 − β₂) g_t²
/// if amsgrad:  v̂ᵐᵃˣ_t ← max(v̂ᵐᵃˣ_{t−1}, v_t);  u_t ← v̂ᵐᵃˣ_t   else  u_t ← v_t
/// θ_t ← θ_{t−1} − (γ / (1 − β₁ᵗ)) · m_t / (√u_t / √(1 − β₂ᵗ) + ε)
/// </code>
/// <para>
/// The last line is m̂_t = m_t / (1 − β₁ᵗ), v̂_t = v_t / (1 − β₂ᵗ), θ_t ← θ_{t−1} − γ m̂_t / (√v̂_t + ε), computed as
/// PyTorch computes it: ε is added after dividing √u_t by √(1 − β₂ᵗ), outside the square root.
/// </para>
/// <para>
/// Hyperparameters and defaults (<see cref="AdamOptions"/>): lr γ = 1e-3, betas (β₁, β₂) = (0.9, 0.999),
/// eps ε = 1e-8, weight_decay λ = 0, amsgrad = false, maximize = false.
/// State per parameter: m and v (two buffers), plus v̂ᵐᵃˣ with amsgrad (three).
/// </para>
/// <para>
/// References: Kingma &amp; Ba (2015), "Adam: A Method for Stochastic Optimization", ICLR;
/// Reddi, Kale &amp; Kumar (2018), "On the Convergence of Adam and Beyond", ICLR (AMSGrad).
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Adam<T> : Optimizer<T, AdamState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates Adam over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adam(IEnumerable<Parameter<T>> parameters, AdamOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates Adam over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adam(IEnumerable<ParameterGroup<T>> groups, AdamOptions? options = null)
        : base(groups, (options ??= new AdamOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(AdamOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(AdamOptions.Beta2));
        Hyperparameter.RequirePositive(options.Eps, nameof(AdamOptions.Eps));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public AdamOptions Options { get; }

    /// <inheritdoc />
    public override string Name => Options.Amsgrad ? "Adam (AMSGrad)" : "Adam";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => Options.Amsgrad ? 3 : 2;

    /// <inheritdoc />
    protected override AdamState<T> CreateState(int length) => new(length, Options.Amsgrad);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, AdamState<T> state, ParameterGroup<T> group) =>
        AdamRule.Step(
            value,
            gradient,
            state,
            group.LearningRate,
            Options.Beta1,
            Options.Beta2,
            Options.Eps,
            coupledWeightDecay: group.WeightDecay,
            decoupledScale: 1,
            Options.Amsgrad,
            Options.Maximize);
}
