using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// RAdam (rectified Adam): Adam whose adaptive step is switched on only once the second moment averages enough
/// gradients to be trusted, and then scaled by a rectification factor that grows to 1 — a warmup derived from
/// the variance of v instead of tuned by hand — exactly as <c>torch.optim.RAdam</c> (PyTorch 1.13).
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, betas β₁ β₂, eps ε, weight decay λ):</para>
/// <code>
/// state: m_0 ← 0, v_0 ← 0;   ρ_∞ ← 2 / (1 − β₂) − 1
/// g_t ← ∇f(θ_{t−1})
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// m_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// v_t ← β₂ v_{t−1} + (1 − β₂) g_t²
/// m̂_t ← m_t / (1 − β₁ᵗ)
/// ρ_t ← ρ_∞ − 2 t β₂ᵗ / (1 − β₂ᵗ)
/// if ρ_t &gt; 5:
///     l_t ← √(1 − β₂ᵗ) / (√v_t + ε)
///     r_t ← √((ρ_t − 4)(ρ_t − 2) ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2) ρ_t))
///     θ_t ← θ_{t−1} − γ m̂_t l_t r_t
/// else:
///     θ_t ← θ_{t−1} − γ m̂_t
/// </code>
/// <para>
/// ρ_t is the length of the simple moving average that v_t's exponential average approximates; while it is 5 or
/// less the variance of 1/√v̂ is unbounded (or undefined) and RAdam takes SGD-with-momentum steps. r_t and ρ_t are
/// computed by <see cref="RAdamRectification"/>. PyTorch 1.13's RAdam has no <c>maximize</c> and no decoupled
/// weight decay, so neither has this class; ε is added outside the square root, as in PyTorch.
/// </para>
/// <para>
/// Hyperparameters and defaults (<see cref="RAdamOptions"/>): lr γ = 1e-3, betas (β₁, β₂) = (0.9, 0.999),
/// eps ε = 1e-8, weight_decay λ = 0. State per parameter: m and v (two buffers).
/// </para>
/// <para>
/// The vector loop is this scalar loop, element by element, over <see cref="Vector{T}"/> lanes (fma(a, b, c) is
/// a·b + c rounded once, as PyTorch's kernels compute <c>add_(…, alpha)</c> and <c>addcmul_</c>):
/// </para>
/// <code>
/// for i:
///     g = gradient[i];  if (λ ≠ 0) g = fma(θ[i], λ, g)
///     m[i] = fma(g, 1 − β₁, m[i]·β₁);   v[i] = fma((1 − β₂)·g, g, v[i]·β₂)
///     float32:  mHat = m[i] / (1 − β₁ᵗ)
///               θ[i] −= rectified ? ((mHat·γ) · (1 / (√v[i] + ε)) · √(1 − β₂ᵗ)) · r_t : mHat·γ
///     float64:  θ[i] −= rectified ? s·m[i] / (√v[i] + ε) : s·m[i]
///               with s = γ √(1 − β₂ᵗ) r_t / (1 − β₁ᵗ) (or γ / (1 − β₁ᵗ)), computed once per step
/// </code>
/// <para>
/// float32 keeps PyTorch's operations and their order, and so agrees with torch float32 to the last bit. float64
/// folds the per-step constants into one factor: a square root and one division per element instead of a square
/// root and two divisions, which the one divider of a core cannot finish in the time 4 doubles take to stream
/// through memory. The result differs from torch's by a few roundings per step (relative ≈ 1e-16 each).
/// </para>
/// <para>
/// Reference: Liu, Jiang, He, Chen, Liu, Gao &amp; Han (2020), "On the Variance of the Adaptive Learning Rate and
/// Beyond", ICLR.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class RAdam<T> : Optimizer<T, AdamState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates RAdam over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public RAdam(IEnumerable<Parameter<T>> parameters, RAdamOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates RAdam over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public RAdam(IEnumerable<ParameterGroup<T>> groups, RAdamOptions? options = null)
        : base(groups, (options ??= new RAdamOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(RAdamOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(RAdamOptions.Beta2));
        Hyperparameter.RequirePositive(options.Eps, nameof(RAdamOptions.Eps));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public RAdamOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "RAdam";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 2;

    /// <inheritdoc />
    protected override AdamState<T> CreateState(int length) => new(length, amsgrad: false);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, AdamState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var beta1 = Options.Beta1;
        var beta2 = Options.Beta2;
        var rectification = RAdamRectification.Term(beta2, state.Step);
        var rectified = rectification.HasValue;
        var bc1 = 1 - Math.Pow(beta1, state.Step);
        var bc2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, state.Step));
        var biasCorrection1 = T.CreateChecked(bc1);
        var biasCorrection2Sqrt = T.CreateChecked(bc2Sqrt);
        var rect = T.CreateChecked(rectification ?? 1);
        // float64 folds every per-step constant into one factor: γ √(1 − β₂ᵗ) r_t / (1 − β₁ᵗ), or γ / (1 − β₁ᵗ).
        var scale = T.CreateChecked(rectified
            ? group.LearningRate * bc2Sqrt * rectification!.Value / bc1
            : group.LearningRate / bc1);
        var lr = T.CreateChecked(group.LearningRate);
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
        var vBc1 = new Vector<T>(biasCorrection1);
        var vBc2Sqrt = new Vector<T>(biasCorrection2Sqrt);
        var vRect = new Vector<T>(rect);
        var vScale = new Vector<T>(scale);
        var vLr = new Vector<T>(lr);
        var vDecay = new Vector<T>(weightDecay);
        var vB1 = new Vector<T>(b1);
        var vOneMinusB1 = new Vector<T>(oneMinusB1);
        var vB2 = new Vector<T>(b2);
        var vOneMinusB2 = new Vector<T>(oneMinusB2);
        var vEps = new Vector<T>(eps);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, mv, vv);
            var g = gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            var mk = Fused.MultiplyAdd(g, vOneMinusB1, mv[k] * vB1);
            mv[k] = mk;
            var vk = Fused.MultiplyAdd(vOneMinusB2 * g, g, vv[k] * vB2);
            vv[k] = vk;
            if (typeof(T) == typeof(double))
            {
                // float64: one square root and one division instead of a square root and two divisions.
                pv[k] -= rectified ? vScale * mk / (Vector.SquareRoot(vk) + vEps) : vScale * mk;
                continue;
            }

            var mHat = mk / vBc1;
            pv[k] -= rectified
                ? mHat * vLr * (Vector<T>.One / (Vector.SquareRoot(vk) + vEps) * vBc2Sqrt) * vRect
                : mHat * vLr;
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            var mi = Fused.MultiplyAdd(g, oneMinusB1, m[i] * b1);
            m[i] = mi;
            var vi = Fused.MultiplyAdd(oneMinusB2 * g, g, v[i] * b2);
            v[i] = vi;
            if (typeof(T) == typeof(double))
            {
                value[i] -= rectified ? scale * mi / (T.Sqrt(vi) + eps) : scale * mi;
                continue;
            }

            var mHat = mi / biasCorrection1;
            value[i] -= rectified
                ? mHat * lr * (T.One / (T.Sqrt(vi) + eps) * biasCorrection2Sqrt) * rect
                : mHat * lr;
        }
    }
}
