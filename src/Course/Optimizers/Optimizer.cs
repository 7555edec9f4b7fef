using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// What every optimizer shares: parameter groups with resolved defaults, the step counter,
/// and per-parameter state created on the first step (as <c>torch.optim</c> does).
/// A subclass implements <see cref="Update"/>, the rule for one parameter.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <typeparam name="TState">The per-parameter state record the subclass keeps.</typeparam>
public abstract class Optimizer<T, TState> : IOptimizer
    where T : unmanaged, IFloatingPointIeee754<T>
    where TState : class
{
    private readonly ParameterGroup<T>[] _groups;
    private readonly Dictionary<Parameter<T>, TState> _state = new(ReferenceEqualityComparer.Instance);

    /// <summary>Takes ownership of <paramref name="groups"/> and fills in their defaults.</summary>
    /// <param name="groups">Parameter groups; a parameter may appear in only one group.</param>
    /// <param name="learningRate">Default learning rate for groups that do not set one.</param>
    /// <param name="weightDecay">Default weight decay for groups that do not set one.</param>
    protected Optimizer(IEnumerable<ParameterGroup<T>> groups, double learningRate, double weightDecay)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Hyperparameter.RequireNonNegative(learningRate, "LearningRate");
        Hyperparameter.RequireNonNegative(weightDecay, "WeightDecay");
        _groups = groups.ToArray();
        if (_groups.Length == 0)
        {
            throw new ArgumentException("An optimizer needs at least one parameter group.", nameof(groups));
        }

        var seen = new HashSet<Parameter<T>>(ReferenceEqualityComparer.Instance);
        foreach (var group in _groups)
        {
            foreach (var parameter in group.Parameters)
            {
                if (!seen.Add(parameter))
                {
                    throw new ArgumentException($"Parameter '{parameter.Name}' appears in more than one group.", nameof(groups));
                }
            }

            group.Resolve(learningRate, weightDecay);
        }
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract int StateBuffersPerParameter { get; }

    /// <inheritdoc />
    public long StepCount { get; private set; }

    /// <summary>The parameter groups with their resolved hyperparameters.</summary>
    public IReadOnlyList<ParameterGroup<T>> Groups => _groups;

    /// <inheritdoc />
    IReadOnlyList<IParameterGroup> IOptimizer.ParameterGroups => _groups;

    /// <summary>Every parameter of every group, in order.</summary>
    public IEnumerable<Parameter<T>> Parameters => _groups.SelectMany(g => g.Parameters);

    /// <summary>
    /// The state kept for <paramref name="parameter"/>, or <see langword="null"/> before its first step.
    /// </summary>
    public TState? StateOf(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return _state.GetValueOrDefault(parameter);
    }

    /// <inheritdoc />
    /// <remarks>Allocates each parameter's state on its first step and nothing after that.</remarks>
    public void Step()
    {
        StepCount++;
        foreach (var group in _groups)
        {
            foreach (var parameter in group.ParameterArray)
            {
                if (!_state.TryGetValue(parameter, out var state))
                {
                    state = CreateState(parameter.Length);
                    _state.Add(parameter, state);
                }

                Update(parameter.Value, parameter.Gradient, state, group);
            }
        }
    }

    /// <inheritdoc />
    public void ZeroGradients()
    {
        foreach (var group in _groups)
        {
            foreach (var parameter in group.ParameterArray)
            {
                parameter.ZeroGradient();
            }
        }
    }

    /// <summary>Creates the zero state for a parameter of <paramref name="length"/> values.</summary>
    protected abstract TState CreateState(int length);

    /// <summary>Applies one step of the rule to <paramref name="value"/> in place.</summary>
    /// <param name="value">The parameter's values.</param>
    /// <param name="gradient">The gradient, same length as <paramref name="value"/> (a <see cref="Parameter{T}"/> guarantees it).</param>
    /// <param name="state">This parameter's state, updated in place.</param>
    /// <param name="group">The group's hyperparameters (learning rate, weight decay).</param>
    protected abstract void Update(Span<T> value, ReadOnlySpan<T> gradient, TState state, ParameterGroup<T> group);
}
