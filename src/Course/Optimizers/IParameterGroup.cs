namespace Course.Optimizers;

/// <summary>
/// The hyperparameters one group of parameters shares, as a <c>torch.optim</c> param group:
/// for example biases with no weight decay beside weights with decay.
/// </summary>
public interface IParameterGroup
{
    /// <summary>The learning rate the next step uses; schedules set it.</summary>
    double LearningRate { get; set; }

    /// <summary>The learning rate the group started with (PyTorch's <c>initial_lr</c>); schedules scale it.</summary>
    double InitialLearningRate { get; }

    /// <summary>The weight decay coefficient this group uses.</summary>
    double WeightDecay { get; }

    /// <summary>A name for the group, such as <c>"weights"</c> or <c>"biases"</c>.</summary>
    string Name { get; }
}
