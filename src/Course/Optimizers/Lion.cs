using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// Lion (EvoLved Sign Momentum): every coordinate moves by exactly the learning rate, in the direction of the
/// sign of an interpolation between the momentum and the current gradient, with decoupled weight decay.
/// PyTorch 1.13 has no Lion; this follows Algorithm 2 of the paper.
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (learning rate η, betas β₁ β₂, weight decay λ):</para>
/// <code>
/// state: m_0 ← 0
/// g_t ← ∇f(θ_{t−1})
/// c_t ← β₁ m_{t−1} + (1 − β₁) g_t
/// θ_t ← θ_{t−1} (1 − ηλ)                 the decoupled decay
/// θ_t ← θ_t − η sign(c_t)                sign(0) = 0
/// m_t ← β₂ m_{t−1} + (1 − β₂) g_t
/// </code>
/// <para>
/// The two middle lines are the paper's θ_t ← θ_{t−1} − η (sign(c_t) + λ θ_{t−1}).
/// Hyperparameters and defaults (<see cref="LionOptions"/>): lr η = 1e-4, betas (β₁, β₂) = (0.9, 0.99),
/// weight_decay λ = 0. State per parameter: the momentum m (one buffer).
/// </para>
/// <para>
/// Reference: Chen, Liang, Huang, Real, Wang, Liu, Pham, Dong, Luong, Hsieh, Lu &amp; Le (2023),
/// "Symbolic Discovery of Optimization Algorithms", NeurIPS.
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Lion<T> : Optimizer<T, LionState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates Lion over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for the paper's defaults.</param>
    public Lion(IEnumerable<Parameter<T>> parameters, LionOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates Lion over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for the paper's defaults.</param>
    public Lion(IEnumerable<ParameterGroup<T>> groups, LionOptions? options = null)
        : base(groups, (options ??= new LionOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireUnitInterval(options.Beta1, nameof(LionOptions.Beta1));
        Hyperparameter.RequireUnitInterval(options.Beta2, nameof(LionOptions.Beta2));
        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public LionOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "Lion";

    /// <inheritdoc />
    public override int StateBuffersPerParameter => 1;

    /// <inheritdoc />
    protected override LionState<T> CreateState(int length) => new(length);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, LionState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var negLr = T.CreateChecked(-group.LearningRate);
        var scale = T.CreateChecked(1 - (group.LearningRate * group.WeightDecay));
        var b1 = T.CreateChecked(Options.Beta1);
        var oneMinusB1 = T.CreateChecked(1 - Options.Beta1);
        var b2 = T.CreateChecked(Options.Beta2);
        var oneMinusB2 = T.CreateChecked(1 - Options.Beta2);
        Span<T> m = state.FirstMoment;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var mv = MemoryMarshal.Cast<T, Vector<T>>(m);
        var vNegLr = new Vector<T>(negLr);
        var vScale = new Vector<T>(scale);
        var vB1 = new Vector<T>(b1);
        var vOneMinusB1 = new Vector<T>(oneMinusB1);
        var vB2 = new Vector<T>(b2);
        var vOneMinusB2 = new Vector<T>(oneMinusB2);
        var one = Vector<T>.One;
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, mv);
            var g = gv[k];
            var mk = mv[k];
            var c = Fused.MultiplyAdd(g, vOneMinusB1, mk * vB1);
            var sign = (Vector.GreaterThan(c, Vector<T>.Zero) & one) - (Vector.LessThan(c, Vector<T>.Zero) & one);
            pv[k] = Fused.MultiplyAdd(sign, vNegLr, pv[k] * vScale);
            mv[k] = Fused.MultiplyAdd(g, vOneMinusB2, mk * vB2);
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = gradient[i];
            var c = Fused.MultiplyAdd(g, oneMinusB1, m[i] * b1);
            var sign = c > T.Zero ? T.One : c < T.Zero ? -T.One : T.Zero;
            value[i] = Fused.MultiplyAdd(sign, negLr, value[i] * scale);
            m[i] = Fused.MultiplyAdd(g, oneMinusB2, m[i] * b2);
        }
    }
}
