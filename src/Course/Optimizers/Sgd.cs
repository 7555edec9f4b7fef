using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay,
/// exactly as <c>torch.optim.SGD</c> (PyTorch 1.13).
/// </summary>
/// <remarks>
/// <para>Algorithm, in the order the code performs it (step t, learning rate γ, momentum μ, dampening τ, weight decay λ):</para>
/// <code>
/// g_t ← ∇f(θ_{t−1})                 (g_t ← −∇f(θ_{t−1}) when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// if μ ≠ 0:
///     b_t ← g_t                          if t = 1   (the buffer starts as a copy of the gradient)
///     b_t ← μ b_{t−1} + (1 − τ) g_t      otherwise
///     g_t ← g_t + μ b_t   if nesterov,  else  g_t ← b_t
/// θ_t ← θ_{t−1} − γ g_t
/// </code>
/// <para>
/// Hyperparameters and defaults (<see cref="SgdOptions"/>): lr γ = 1e-3, momentum μ = 0, dampening τ = 0,
/// weight_decay λ = 0, nesterov = false, maximize = false. Nesterov needs μ &gt; 0 and τ = 0.
/// State per parameter: the velocity b (one buffer) when μ ≠ 0, none otherwise.
/// </para>
/// <para>
/// References: Robbins &amp; Monro (1951), "A Stochastic Approximation Method"; Polyak (1964),
/// "Some methods of speeding up the convergence of iteration methods"; Nesterov (1983),
/// "A method for solving the convex programming problem with convergence rate O(1/k²)";
/// Sutskever, Martens, Dahl &amp; Hinton (2013), "On the importance of initialization and momentum in deep learning".
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Sgd<T> : Optimizer<T, MomentumState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates SGD over one group holding <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Sgd(IEnumerable<Parameter<T>> parameters, SgdOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates SGD over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    /// <param name="groups">The parameter groups.</param>
    /// <param name="options">Hyperparameters; <see langword="null"/> for PyTorch's defaults.</param>
    public Sgd(IEnumerable<ParameterGroup<T>> groups, SgdOptions? options = null)
        : base(groups, (options ??= new SgdOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireNonNegative(options.Momentum, nameof(SgdOptions.Momentum));
        Hyperparameter.RequireClosedUnitInterval(options.Dampening, nameof(SgdOptions.Dampening));
        if (options.Nesterov && options.Momentum <= 0)
        {
            throw new ArgumentException(
                $"Nesterov requires Momentum > 0, but Momentum was {options.Momentum}.", nameof(SgdOptions.Nesterov));
        }

        if (options.Nesterov && options.Dampening != 0)
        {
            throw new ArgumentException(
                $"Nesterov requires Dampening = 0, but Dampening was {options.Dampening}.", nameof(SgdOptions.Dampening));
        }

        Options = options;
    }

    /// <summary>The hyperparameters given at construction.</summary>
    public SgdOptions Options { get; }

    /// <inheritdoc />
    public override string Name => Options switch
    {
        { Momentum: 0 } => "SGD",
        { Nesterov: true } => $"SGD (Nesterov {Options.Momentum})",
        _ => $"SGD (momentum {Options.Momentum})",
    };

    /// <inheritdoc />
    public override int StateBuffersPerParameter => Options.Momentum == 0 ? 0 : 1;

    /// <inheritdoc />
    protected override MomentumState<T> CreateState(int length) => new(length, Options.Momentum != 0);

    /// <summary>One fused, vectorized pass of the rule in the class remarks over every element.</summary>
    /// <inheritdoc />
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, MomentumState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        if (Options.Momentum == 0)
        {
            UpdatePlain(value, gradient, group);
        }
        else
        {
            UpdateWithMomentum(value, gradient, state.Buffer, state.Step == 1, group);
        }
    }

    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdatePlain(Span<T> value, ReadOnlySpan<T> gradient, ParameterGroup<T> group)
    {
        var negLr = T.CreateChecked(-group.LearningRate);
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var hasDecay = group.WeightDecay != 0;
        var maximize = Options.Maximize;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var vNegLr = new Vector<T>(negLr);
        var vDecay = new Vector<T>(weightDecay);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv);
            var g = maximize ? -gv[k] : gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            pv[k] = Fused.MultiplyAdd(g, vNegLr, pv[k]);
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            value[i] = Fused.MultiplyAdd(g, negLr, value[i]);
        }
    }

    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateWithMomentum(Span<T> value, ReadOnlySpan<T> gradient, Span<T> buffer, bool first, ParameterGroup<T> group)
    {
        var negLr = T.CreateChecked(-group.LearningRate);
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var momentum = T.CreateChecked(Options.Momentum);
        var keep = T.CreateChecked(1 - Options.Dampening);
        var hasDecay = group.WeightDecay != 0;
        var maximize = Options.Maximize;
        var nesterov = Options.Nesterov;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var bv = MemoryMarshal.Cast<T, Vector<T>>(buffer);
        var vNegLr = new Vector<T>(negLr);
        var vDecay = new Vector<T>(weightDecay);
        var vMomentum = new Vector<T>(momentum);
        var vKeep = new Vector<T>(keep);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, bv);
            var g = maximize ? -gv[k] : gv[k];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(pv[k], vDecay, g);
            }

            var b = first ? g : Fused.MultiplyAdd(g, vKeep, bv[k] * vMomentum);
            bv[k] = b;
            g = nesterov ? Fused.MultiplyAdd(b, vMomentum, g) : b;
            pv[k] = Fused.MultiplyAdd(g, vNegLr, pv[k]);
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasDecay)
            {
                g = Fused.MultiplyAdd(value[i], weightDecay, g);
            }

            var b = first ? g : Fused.MultiplyAdd(g, keep, buffer[i] * momentum);
            buffer[i] = b;
            g = nesterov ? Fused.MultiplyAdd(b, momentum, g) : b;
            value[i] = Fused.MultiplyAdd(g, negLr, value[i]);
        }
    }
}
