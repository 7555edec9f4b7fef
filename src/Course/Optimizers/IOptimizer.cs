namespace Course.Optimizers;

/// <summary>
/// Updates parameters in place from their gradients, one <see cref="Step"/> at a time,
/// as <c>torch.optim.Optimizer</c> does.
/// </summary>
public interface IOptimizer
{
    /// <summary>A short display name such as <c>"Adam"</c> or <c>"SGD (momentum 0.9)"</c>.</summary>
    string Name { get; }

    /// <summary>Number of completed steps (PyTorch's <c>state["step"]</c>).</summary>
    long StepCount { get; }

    /// <summary>
    /// How many buffers the size of a parameter the optimizer keeps for each parameter:
    /// SGD 0, SGD with momentum 1, AdaGrad 1, RMSprop 1 (+1 centered, +1 momentum), Adam and AdamW 2 (+1 amsgrad),
    /// NAdam 2, Lion 1.
    /// </summary>
    int StateBuffersPerParameter { get; }

    /// <summary>The parameter groups, in the order given; a schedule changes their learning rates.</summary>
    IReadOnlyList<IParameterGroup> ParameterGroups { get; }

    /// <summary>Applies one update to every parameter from its current gradient.</summary>
    void Step();

    /// <summary>Zeroes the gradient of every parameter (PyTorch's <c>zero_grad</c>).</summary>
    void ZeroGradients();
}
