using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// Parameters that share a learning rate and a weight decay. A value left <see langword="null"/>
/// takes the optimizer's default, as a <c>torch.optim</c> param group without that key does.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class ParameterGroup<T> : IParameterGroup where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a group of <paramref name="parameters"/> with optional per-group overrides.</summary>
    /// <param name="parameters">The parameters of this group; at least one.</param>
    /// <param name="learningRate">This group's learning rate, or <see langword="null"/> for the optimizer's.</param>
    /// <param name="weightDecay">This group's weight decay, or <see langword="null"/> for the optimizer's.</param>
    /// <param name="name">A name for charts and messages.</param>
    public ParameterGroup(IEnumerable<Parameter<T>> parameters, double? learningRate = null, double? weightDecay = null, string name = "default")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ParameterArray = parameters.ToArray();
        if (ParameterArray.Length == 0)
        {
            throw new ArgumentException("A parameter group needs at least one parameter.", nameof(parameters));
        }

        if (Array.IndexOf(ParameterArray, null) >= 0)
        {
            throw new ArgumentException("A parameter group cannot contain a null parameter.", nameof(parameters));
        }

        if (learningRate is { } lr)
        {
            Hyperparameter.RequireNonNegative(lr, nameof(learningRate));
        }

        if (weightDecay is { } wd)
        {
            Hyperparameter.RequireNonNegative(wd, nameof(weightDecay));
        }

        RequestedLearningRate = learningRate;
        RequestedWeightDecay = weightDecay;
        Name = name;
    }

    /// <summary>The parameters of this group.</summary>
    public IReadOnlyList<Parameter<T>> Parameters => ParameterArray;

    /// <summary>The parameters as an array, so a step can walk them without allocating an enumerator.</summary>
    internal Parameter<T>[] ParameterArray { get; }

    /// <summary>The learning rate asked for at construction, before defaults.</summary>
    public double? RequestedLearningRate { get; }

    /// <summary>The weight decay asked for at construction, before defaults.</summary>
    public double? RequestedWeightDecay { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Hyperparameter.RequireNonNegative(value, nameof(LearningRate));
    }

    /// <inheritdoc />
    public double InitialLearningRate { get; private set; }

    /// <inheritdoc />
    public double WeightDecay { get; private set; }

    private double _learningRate;

    /// <summary>Fills in the optimizer's defaults; called once by the optimizer that owns the group.</summary>
    internal void Resolve(double defaultLearningRate, double defaultWeightDecay)
    {
        LearningRate = RequestedLearningRate ?? defaultLearningRate;
        InitialLearningRate = LearningRate;
        WeightDecay = RequestedWeightDecay ?? defaultWeightDecay;
    }
}
