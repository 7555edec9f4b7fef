using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// AdamW: Adam with decoupled weight decay, exactly as <c>torch.optim.AdamW</c> (PyTorch 1.13). It is Adam's
/// moment update and step (the same rule <see cref="Adam{T}"/> uses, with no L2 term in the gradient)
/// preceded by one more transform: shrink the weights by 1 − γλ.
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, betas β₁ β₂, eps ε, weight decay λ):</para>
/// <code>
/// state: m_0 ← 0, v_0 ← 0, v̂ᵐᵃˣ_0 ← 0
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// θ_t ← θ_{t−1} (1 − γλ)            the decoupled decay: never enters m or v
/// m_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// v_t ← β₂ v_{t−1} + (1 − β₂) g_t²
/// if amsgrad:  v̂ᵐᵃˣ_t ← max(v̂ᵐᵃˣ_{t−1}, v_t);  u_t ← v̂ᵐᵃˣ_t   else  u_t ← v_t
/// θ_t ← θ_t − (γ / (1 − β₁ᵗ)) · m_t / (√u_t / √(1 − β₂ᵗ) + ε)
/// </code>
/// <para>
/// With Adam's coupled decay, λθ is divided by √v̂ like the gradient, so weights with large gradients are barely
/// decayed; here every weight shrinks by the same factor.
/// </para>
/// <para>
/// Hyperparameters and defaults (<see cref="AdamWOptions"/>): lr γ = 1e-3, betas (β₁, β₂) = (0.9, 0.999),
/// eps ε = 1e-8, weight_decay λ = 1e-2, amsgrad = false, maximize = false.
/// State per parameter: m and v (two buffers), plus v̂ᵐᵃˣ with amsgrad (three).
/// </para>
/// <para>
/// Reference: Loshchilov &amp; Hutter (2019), "Decoupled Weight Decay Regularization", ICLR.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class AdamW<T> : Optimizer<T, AdamState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates AdamW over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public AdamW(IEnumerable<Parameter<T>> parameters, AdamWOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates AdamW over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public AdamW(IEnumerable<ParameterGroup<T>> groups, AdamWOptions? options = null)
        : base(groups, (options ??= new AdamWOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(AdamWOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(AdamWOptions.Beta2));
        Hyperparameter.RequirePositive(options.Eps, nameof(AdamWOptions.Eps));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public AdamWOptions Options { get; }

    /// <inheritdoc />
    public override string Name => Options.Amsgrad ? "AdamW (AMSGrad)" : "AdamW";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => Options.Amsgrad ? 3 : 2;

    /// <inheritdoc />
    protected override AdamState<T> CreateState(int length) => new(length, Options.Amsgrad);

    /// <summary>
    /// The decoupled decay θ ← θ(1 − γλ), then Adam's rule with no L2 term, fused into one vectorized pass.
    /// </summary>
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
            coupledWeightDecay: 0,
            decoupledScale: 1 - (group.LearningRate * group.WeightDecay),
            Options.Amsgrad,
            Options.Maximize);
}
