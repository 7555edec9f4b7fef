using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay,
/// exactly as <c>torch.optim.SGD</c>.
/// </summary>
/// <remarks>
/// <para>Algorithm (step t, learning rate γ, momentum μ, dampening τ, weight decay λ):</para>
/// <code>
/// g_t ← ∇f(θ_{t−1})            (negated when maximize)
/// if λ ≠ 0:  g_t ← g_t + λ θ_{t−1}
/// if μ ≠ 0:
///     b_t ← g_t                          if t = 1
///     b_t ← μ b_{t−1} + (1 − τ) g_t      otherwise
///     g_t ← g_t + μ b_t  if nesterov, else  g_t ← b_t
/// θ_t ← θ_{t−1} − γ g_t
/// </code>
/// <para>
/// References: Robbins &amp; Monro (1951), "A Stochastic Approximation Method"; Polyak (1964),
/// "Some methods of speeding up the convergence of iteration methods"; Nesterov (1983);
/// Sutskever, Martens, Dahl &amp; Hinton (2013), "On the importance of initialization and momentum in deep learning".
/// </para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Sgd<T> : Optimizer<T, MomentumState<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates SGD over one group holding <paramref name="parameters"/>.</summary>
    public Sgd(IEnumerable<Parameter<T>> parameters, SgdOptions? options = null)
        : this([new ParameterGroup<T>(parameters)], options)
    {
    }

    /// <summary>Creates SGD over <paramref name="groups"/>, each of which may override the learning rate and weight decay.</summary>
    public Sgd(IEnumerable<ParameterGroup<T>> groups, SgdOptions? options = null)
        : base(groups, (options ??= new SgdOptions()).LearningRate, options.WeightDecay)
    {
        Hyperparameter.RequireNonNegative(options.Momentum, nameof(SgdOptions.Momentum));
        Hyperparameter.RequireClosedUnitInterval(options.Dampening, nameof(SgdOptions.Dampening));
        if (options.Nesterov && (options.Momentum <= 0 || options.Dampening != 0))
        {
            throw new ArgumentException(
                $"Nesterov momentum requires Momentum > 0 and Dampening = 0, but Momentum was {options.Momentum} and Dampening was {options.Dampening}.",
                nameof(options));
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

    /// <inheritdoc />
    protected override void Update(Span<T> value, ReadOnlySpan<T> gradient, MomentumState<T> state, ParameterGroup<T> group)
    {
        state.Step++;
        var lr = T.CreateChecked(group.LearningRate);
        var weightDecay = T.CreateChecked(group.WeightDecay);
        var momentum = T.CreateChecked(Options.Momentum);
        var keep = T.One - T.CreateChecked(Options.Dampening);
        var first = state.Step == 1;
        var buffer = state.Buffer.AsSpan();
        for (var i = 0; i < value.Length; i++)
        {
            var g = Options.Maximize ? -gradient[i] : gradient[i];
            if (weightDecay != T.Zero)
            {
                g += weightDecay * value[i];
            }

            if (momentum != T.Zero)
            {
                buffer[i] = first ? g : (momentum * buffer[i]) + (keep * g);
                g = Options.Nesterov ? g + (momentum * buffer[i]) : buffer[i];
            }

            value[i] -= lr * g;
        }
    }
}
