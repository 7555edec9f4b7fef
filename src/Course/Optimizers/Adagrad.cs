using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// AdaGrad: each coordinate's step is divided by the root of the sum of all its squared gradients so far,
/// exactly as <c>torch.optim.Adagrad</c> (PyTorch 1.13).
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, lr_decay η, weight decay λ,
/// initial_accumulator_value s₀, eps ε):</para>
/// <code>
/// state: s_0 ← s₀ (every entry)
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// γ̃ ← γ / (1 + (t − 1) η)
/// s_t ← s_{t−1} + g_t²
/// θ_t ← θ_{t−1} − γ̃ g_t / (√s_t + ε)
/// </code>
/// <para>
/// Hyperparameters and defaults (<see cref="AdagradOptions"/>): lr γ = 1e-2, lr_decay η = 0, weight_decay λ = 0,
/// initial_accumulator_value s₀ = 0, eps ε = 1e-10, maximize = false.
/// State per parameter: the sum of squares s (one buffer).
/// </para>
/// <para>
/// Reference: Duchi, Hazan &amp; Singer (2011), "Adaptive Subgradient Methods for Online Learning and
/// Stochastic Optimization", JMLR 12.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Adagrad<T> : Optimizer<T, AdagradState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates AdaGrad over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adagrad(IEnumerable<Parameter<T>> parameters, AdagradOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates AdaGrad over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Adagrad(IEnumerable<ParameterGroup<T>> groups, AdagradOptions? options = null)
        : base(groups, (options ??= new AdagradOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireNonNegative(options.LearningRateDecay, nameof(AdagradOptions.LearningRateDecay));
        Hyperparameter.RequireNonNegative(options.InitialAccumulatorValue, nameof(AdagradOptions.InitialAccumulatorValue));
        Hyperparameter.RequirePositive(options.Eps, nameof(AdagradOptions.Eps));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public AdagradOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "AdaGrad";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 1;

    /// <inheritdoc />
    protected override AdagradState<T> CreateState(int length) =>
        new(length, T.CreateChecked(Options.InitialAccumulatorValue));

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, AdagradState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var clr = group.LearningRate / (1 + ((state.Step - 1) * Options.LearningRateDecay));
        var negClr = T.CreateChecked(-clr);
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var eps = T.CreateChecked(Options.Eps);
        var hasDecay = group.WeightDecay != 0;
        var maximize = Options.Maximize;
        Span<T> sum = state.Sum;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var sv = MemoryMarshal.Cast<T, Vector<T>>(sum);
        var vNegClr = new Vector<T>(negClr);
        var vDecay = new Vector<T>(weightDecay);
        var vEps = new Vector<T>(eps);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, sv);
            var g = maximize ? -gv[k] : gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            var s = Fused.MultiplyAdd(g, g, sv[k]);
            sv[k] = s;
            pv[k] += vNegClr * g / (Vector.SquareRoot(s) + vEps);
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            var s = Fused.MultiplyAdd(g, g, sum[i]);
            sum[i] = s;
            value[i] += negClr * g / (T.Sqrt(s) + eps);
        }
    }
}
