using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// Adamax: Adam with the root of the squared-gradient average replaced by a decaying maximum of |g| (the infinity
/// norm, the limit p → ∞ of an Lᵖ average), exactly as <c>torch.optim.Adamax</c> (PyTorch 1.13).
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, betas β₁ β₂, eps ε, weight decay λ):</para>
/// <code>
/// state: m_0 ← 0, u_0 ← 0
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// m_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// u_t ← max(β₂ u_{t−1}, |g_t| + ε)
/// θ_t ← θ_{t−1} − (γ / (1 − β₁ᵗ)) · m_t / u_t
/// </code>
/// <para>
/// u needs no bias correction: a maximum does not shrink towards its zero start the way an average does.
/// ε is added to |g_t| (not to u_t) so u_t is never zero.
/// </para>
/// <para>
/// Hyperparameters and defaults (<see cref="AdamaxOptions"/>): lr γ = 2e-3, betas (β₁, β₂) = (0.9, 0.999),
/// eps ε = 1e-8, weight_decay λ = 0, maximize = false. State per parameter: m and u (two buffers).
/// </para>
/// <para>
/// The vector loop is this scalar loop, element by element, over <see cref="Vector{T}"/> lanes (fma(a, b, c) is
/// a·b + c rounded once, as PyTorch's kernels compute <c>add_(…, alpha)</c>):
/// </para>
/// <code>
/// for i:
///     g = ±gradient[i];  if (λ ≠ 0) g = fma(θ[i], λ, g)
///     m[i] = fma(g, 1 − β₁, m[i]·β₁)
///     u[i] = max(u[i]·β₂, |g| + ε)
///     θ[i] += (−γ / (1 − β₁ᵗ)) · m[i] / u[i]
/// </code>
/// <para>
/// Reference: Kingma &amp; Ba (2015), "Adam: A Method for Stochastic Optimization", ICLR, section 7.1.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Adamax<T> : Optimizer<T, AdamaxState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates Adamax over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adamax(IEnumerable<Parameter<T>> parameters, AdamaxOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates Adamax over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adamax(IEnumerable<ParameterGroup<T>> groups, AdamaxOptions? options = null)
        : base(groups, (options ??= new AdamaxOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(AdamaxOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(AdamaxOptions.Beta2));
        Hyperparameter.RequirePositive(options.Eps, nameof(AdamaxOptions.Eps));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public AdamaxOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "Adamax";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 2;

    /// <inheritdoc />
    protected override AdamaxState<T> CreateState(int length) => new(length);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, AdamaxState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var negClr = T.CreateChecked(-(group.LearningRate / (1 - Math.Pow(Options.Beta1, state.Step))));
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var hasDecay = group.WeightDecay != 0;
        var maximize = Options.Maximize;
        var b1 = T.CreateChecked(Options.Beta1);
        var oneMinusB1 = T.CreateChecked(1 - Options.Beta1);
        var b2 = T.CreateChecked(Options.Beta2);
        var eps = T.CreateChecked(Options.Eps);
        Span<T> m = state.FirstMoment;
        Span<T> u = state.InfinityNorm;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var mv = MemoryMarshal.Cast<T, Vector<T>>(m);
        var uv = MemoryMarshal.Cast<T, Vector<T>>(u);
        var vNegClr = new Vector<T>(negClr);
        var vDecay = new Vector<T>(weightDecay);
        var vB1 = new Vector<T>(b1);
        var vOneMinusB1 = new Vector<T>(oneMinusB1);
        var vB2 = new Vector<T>(b2);
        var vEps = new Vector<T>(eps);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, mv, uv);
            var g = maximize ? -gv[k] : gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            var mk = Fused.MultiplyAdd(g, vOneMinusB1, mv[k] * vB1);
            mv[k] = mk;
            var uk = Vector.Max(uv[k] * vB2, Vector.Abs(g) + vEps);
            uv[k] = uk;
            pv[k] += vNegClr * mk / uk;
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            var mi = Fused.MultiplyAdd(g, oneMinusB1, m[i] * b1);
            m[i] = mi;
            var ui = T.Max(u[i] * b2, T.Abs(g) + eps);
            u[i] = ui;
            value[i] += negClr * mi / ui;
        }
    }
}
