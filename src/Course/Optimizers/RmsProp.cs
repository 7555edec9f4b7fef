using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// RMSprop: each coordinate's step is divided by the root of a running average of its squared gradients,
/// exactly as <c>torch.optim.RMSprop</c> (PyTorch 1.13).
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (learning rate γ, alpha α, eps ε, weight decay λ, momentum μ):</para>
/// <code>
/// state: v_0 ← 0, g̅_0 ← 0, b_0 ← 0
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// v_t ← α v_{t−1} + (1 − α) g_t²
/// ṽ_t ← v_t
/// if centered:
///     g̅_t ← α g̅_{t−1} + (1 − α) g_t
///     ṽ_t ← v_t − g̅_t²
/// if μ &gt; 0:
///     b_t ← μ b_{t−1} + g_t / (√ṽ_t + ε)
///     θ_t ← θ_{t−1} − γ b_t
/// else:
///     θ_t ← θ_{t−1} − γ g_t / (√ṽ_t + ε)
/// </code>
/// <para>
/// Hyperparameters and defaults (<see cref="RmsPropOptions"/>): lr γ = 1e-2, alpha α = 0.99, eps ε = 1e-8,
/// weight_decay λ = 0, momentum μ = 0, centered = false, maximize = false.
/// State per parameter: the square average v, plus the gradient average g̅ when centered and the
/// momentum buffer b when μ &gt; 0 (one to three buffers).
/// </para>
/// <para>
/// Reference: Hinton, Srivastava &amp; Swersky (2012), "Neural Networks for Machine Learning", lecture 6e;
/// the centered form follows Graves (2013), "Generating Sequences With Recurrent Neural Networks".
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class RmsProp<T> : Optimizer<T, RmsPropState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates RMSprop over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public RmsProp(IEnumerable<Parameter<T>> parameters, RmsPropOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates RMSprop over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public RmsProp(IEnumerable<ParameterGroup<T>> groups, RmsPropOptions? options = null)
        : base(groups, (options ??= new RmsPropOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Alpha, nameof(RmsPropOptions.Alpha));
        Hyperparameter.RequirePositive(options.Eps, nameof(RmsPropOptions.Eps));
        Hyperparameter.RequireNonNegative(options.Momentum, nameof(RmsPropOptions.Momentum));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public RmsPropOptions Options { get; }

    /// <inheritdoc />
    public override string Name => Options switch
    {
        { Centered: true, Momentum: > 0 } => $"RMSprop (centered, momentum {Options.Momentum})",
        { Centered: true } => "RMSprop (centered)",
        { Momentum: > 0 } => $"RMSprop (momentum {Options.Momentum})",
        _ => "RMSprop",
    };

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 1 + (Options.Centered ? 1 : 0) + (Options.Momentum > 0 ? 1 : 0);

    /// <inheritdoc />
    protected override RmsPropState<T> CreateState(int length) => new(length, Options.Centered, Options.Momentum > 0);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, RmsPropState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var negLr = T.CreateChecked(-group.LearningRate);
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var alpha = T.CreateChecked(Options.Alpha);
        var oneMinusAlpha = T.CreateChecked(1 - Options.Alpha);
        var eps = T.CreateChecked(Options.Eps);
        var momentum = T.CreateChecked(Options.Momentum);
        var hasDecay = group.WeightDecay != 0;
        var maximize = Options.Maximize;
        var centered = Options.Centered;
        var hasMomentum = Options.Momentum > 0;
        Span<T> square = state.SquareAverageBuffer;
        Span<T> average = state.GradientAverageBuffer;
        Span<T> velocity = state.VelocityBuffer;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var sv = MemoryMarshal.Cast<T, Vector<T>>(square);
        var av = MemoryMarshal.Cast<T, Vector<T>>(average);
        var bv = MemoryMarshal.Cast<T, Vector<T>>(velocity);
        var vNegLr = new Vector<T>(negLr);
        var vDecay = new Vector<T>(weightDecay);
        var vAlpha = new Vector<T>(alpha);
        var vOneMinusAlpha = new Vector<T>(oneMinusAlpha);
        var vEps = new Vector<T>(eps);
        var vMomentum = new Vector<T>(momentum);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, sv, av, bv);
            var g = maximize ? -gv[k] : gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            var v = Fused.MultiplyAdd(vOneMinusAlpha * g, g, sv[k] * vAlpha);
            sv[k] = v;
            if (centered)
            {
                var a = Fused.MultiplyAdd(g, vOneMinusAlpha, av[k] * vAlpha);
                av[k] = a;
                v = Fused.MultiplyAdd(-a, a, v);
            }

            var denominator = Vector.SquareRoot(v) + vEps;
            if (hasMomentum)
            {
                var b = (bv[k] * vMomentum) + (g / denominator);
                bv[k] = b;
                pv[k] = Fused.MultiplyAdd(b, vNegLr, pv[k]);
            }
            else
            {
                pv[k] += vNegLr * g / denominator;
            }
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            var v = Fused.MultiplyAdd(oneMinusAlpha * g, g, square[i] * alpha);
            square[i] = v;
            if (centered)
            {
                var a = Fused.MultiplyAdd(g, oneMinusAlpha, average[i] * alpha);
                average[i] = a;
                v = Fused.MultiplyAdd(-a, a, v);
            }

            var denominator = T.Sqrt(v) + eps;
            if (hasMomentum)
            {
                var b = (velocity[i] * momentum) + (g / denominator);
                velocity[i] = b;
                value[i] = Fused.MultiplyAdd(b, negLr, value[i]);
            }
            else
            {
                value[i] += negLr * g / denominator;
            }
        }
    }
}
