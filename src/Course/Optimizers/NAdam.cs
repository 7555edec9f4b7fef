using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// NAdam: Adam with Nesterov momentum — the step looks ahead by using the next step's momentum coefficient on
/// the first moment plus the current gradient — as <c>torch.optim.NAdam</c>.
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, betas β₁ β₂, eps ε, weight decay λ,
/// momentum_decay ψ):</para>
/// <code>
/// state: m_0 ← 0, v_0 ← 0, Π_0 ← 1
/// g_t ← ∇f(θ_{t−1})
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// μ_t ← β₁ (1 − ½ · 0.96^(t ψ)),   μ_{t+1} ← β₁ (1 − ½ · 0.96^((t+1) ψ))
/// Π_t ← Π_{t−1} μ_t
/// m_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// v_t ← β₂ v_{t−1} + (1 − β₂) g_t²
/// d_t ← √v_t / √(1 − β₂ᵗ) + ε
/// θ_t ← θ_{t−1} − γ (1 − μ_t) / (1 − Π_t) · g_t / d_t − γ μ_{t+1} / (1 − Π_t μ_{t+1}) · m_t / d_t
/// </code>
/// <para>
/// This is Dozat's rule as PyTorch 1.13's <c>foreach=True</c> implementation and every later PyTorch compute it.
/// PyTorch 1.13's default single-tensor loop multiplies μ_t into the second coefficient's product twice
/// (Π_t μ_t μ_{t+1}); that slip was fixed for PyTorch 2.0 (pytorch/pytorch pull request 92699) and is not
/// reproduced here.
/// </para>
/// <para>
/// Hyperparameters and defaults (<see cref="NAdamOptions"/>): lr γ = 2e-3, betas (β₁, β₂) = (0.9, 0.999),
/// eps ε = 1e-8, weight_decay λ = 0, momentum_decay ψ = 4e-3.
/// State per parameter: m and v (two buffers) and the scalar Π.
/// </para>
/// <para>
/// The vector loop is this scalar loop over <see cref="Vector{T}"/> lanes (fma(a, b, c) is a·b + c rounded once,
/// c_g = −γ (1 − μ_t) / (1 − Π_t) and c_m = −γ μ_{t+1} / (1 − Π_t μ_{t+1})):
/// </para>
/// <code>
/// for i:
///     g = gradient[i];  if (λ ≠ 0) g = fma(θ[i], λ, g)
///     m[i] = fma(g, 1 − β₁, m[i]·β₁);   v[i] = fma((1 − β₂)·g, g, v[i]·β₂)
///     float32:  d = √v[i] / √(1 − β₂ᵗ) + ε;   θ[i] = (θ[i] + c_g·g / d) + c_m·m[i] / d
///     float64:  θ[i] = θ[i] + fma(c_g, g, c_m·m[i]) / fma(√v[i], 1 / √(1 − β₂ᵗ), ε)
/// </code>
/// <para>
/// float32 keeps PyTorch's operations and their order, and so agrees with torch float32 to the last bit. float64
/// adds the two numerators before one division and multiplies by the reciprocal of √(1 − β₂ᵗ), computed once per
/// step: a square root and one division per element instead of a square root and three divisions, which the
/// one divider of a core cannot finish in the time 4 doubles take to stream through memory. The result differs
/// from torch's by a few roundings per step (relative ≈ 1e-16 each).
/// </para>
/// <para>
/// Reference: Dozat (2016), "Incorporating Nesterov Momentum into Adam", ICLR workshop.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class NAdam<T> : Optimizer<T, NAdamState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates NAdam over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public NAdam(IEnumerable<Parameter<T>> parameters, NAdamOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates NAdam over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public NAdam(IEnumerable<ParameterGroup<T>> groups, NAdamOptions? options = null)
        : base(groups, (options ??= new NAdamOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(NAdamOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(NAdamOptions.Beta2));
        Hyperparameter.RequirePositive(options.Eps, nameof(NAdamOptions.Eps));
        Hyperparameter.RequireNonNegative(options.MomentumDecay, nameof(NAdamOptions.MomentumDecay));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public NAdamOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "NAdam";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 2;

    /// <inheritdoc />
    protected override NAdamState<T> CreateState(int length) => new(length);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, NAdamState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        double step = state.Step;
        var beta1 = Options.Beta1;
        var beta2 = Options.Beta2;
        var lr = group.LearningRate;
        var biasCorrection2Sqrt = T.CreateChecked(Math.Sqrt(1 - Math.Pow(beta2, step)));
        var invBc2Sqrt = T.One / biasCorrection2Sqrt;
        var mu = beta1 * (1 - (0.5 * Math.Pow(0.96, step * Options.MomentumDecay)));
        var muNext = beta1 * (1 - (0.5 * Math.Pow(0.96, (step + 1) * Options.MomentumDecay)));
        // Kept at the parameters' precision, as torch keeps mu_product in a tensor of the default dtype.
        state.MuProduct = double.CreateChecked(T.CreateChecked(state.MuProduct) * T.CreateChecked(mu));
        var gradientCoefficient = T.CreateChecked(-(lr * (1 - mu) / (1 - state.MuProduct)));
        var momentCoefficient = T.CreateChecked(-(lr * muNext / (1 - (state.MuProduct * muNext))));
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var hasDecay = group.WeightDecay != 0;
        var b1 = T.CreateChecked(beta1);
        var oneMinusB1 = T.CreateChecked(1 - beta1);
        var b2 = T.CreateChecked(beta2);
        var oneMinusB2 = T.CreateChecked(1 - beta2);
        var eps = T.CreateChecked(Options.Eps);
        Span<T> m = state.FirstMoment;
        Span<T> v = state.SecondMoment;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var mv = MemoryMarshal.Cast<T, Vector<T>>(m);
        var vv = MemoryMarshal.Cast<T, Vector<T>>(v);
        var vGradientCoefficient = new Vector<T>(gradientCoefficient);
        var vMomentCoefficient = new Vector<T>(momentCoefficient);
        var vBc2Sqrt = new Vector<T>(biasCorrection2Sqrt);
        var vInvBc2Sqrt = new Vector<T>(invBc2Sqrt);
        var vDecay = new Vector<T>(weightDecay);
        var vB1 = new Vector<T>(b1);
        var vOneMinusB1 = new Vector<T>(oneMinusB1);
        var vB2 = new Vector<T>(b2);
        var vOneMinusB2 = new Vector<T>(oneMinusB2);
        var vEps = new Vector<T>(eps);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, mv, vv);
            var p = pv[k];
            var g = gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(p, vDecay, g);
            }

            var mk = Fused.MultiplyAdd(g, vOneMinusB1, mv[k] * vB1);
            mv[k] = mk;
            var vk = Fused.MultiplyAdd(vOneMinusB2 * g, g, vv[k] * vB2);
            vv[k] = vk;
            if (typeof(T) == typeof(double))
            {
                // float64: one square root and one division instead of a square root and three divisions.
                var numerator = Fused.MultiplyAdd(vGradientCoefficient, g, vMomentCoefficient * mk);
                pv[k] = p + (numerator / Fused.MultiplyAdd(Vector.SquareRoot(vk), vInvBc2Sqrt, vEps));
            }
            else
            {
                var denominator = (Vector.SquareRoot(vk) / vBc2Sqrt) + vEps;
                p += vGradientCoefficient * g / denominator;
                pv[k] = p + (vMomentCoefficient * mk / denominator);
            }
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var p = value[i];
            var g = gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(p, weightDecay, g);
            }

            var mi = Fused.MultiplyAdd(g, oneMinusB1, m[i] * b1);
            m[i] = mi;
            var vi = Fused.MultiplyAdd(oneMinusB2 * g, g, v[i] * b2);
            v[i] = vi;
            if (typeof(T) == typeof(double))
            {
                var numerator = Fused.MultiplyAdd(gradientCoefficient, g, momentCoefficient * mi);
                value[i] = p + (numerator / Fused.MultiplyAdd(T.Sqrt(vi), invBc2Sqrt, eps));
            }
            else
            {
                var denominator = (T.Sqrt(vi) / biasCorrection2Sqrt) + eps;
                p += gradientCoefficient * g / denominator;
                value[i] = p + (momentCoefficient * mi / denominator);
            }
        }
    }
}
