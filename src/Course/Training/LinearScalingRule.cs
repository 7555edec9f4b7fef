namespace Course.Training;

/// <summary>
/// How to change the learning rate when the batch size changes.
/// </summary>
/// <remarks>
/// <para>
/// The linear scaling rule (Goyal et al. 2017, "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour"):
/// when the mini-batch size is multiplied by k, multiply the learning rate by k, η_new = η_base · b_new / b_base.
/// The argument: k small steps of size η on k batches move the weights about as far as one step of size kη on their
/// union, as long as the gradient changes little over those k steps.
/// </para>
/// <para>Its limits, all reported by the paper and its successors:</para>
/// <list type="bullet">
/// <item>It fails early in training, where the gradient changes fast; Goyal et al. needed a gradual warmup
/// (learning rate rising linearly over the first five epochs) to make it work.</item>
/// <item>It breaks down beyond a critical batch size (about 8k images for ResNet-50 on ImageNet in that paper).
/// Past it, a larger batch no longer reduces the number of steps needed, so a proportionally larger step only hurts
/// (McCandlish et al. 2018, "An Empirical Model of Large-Batch Training").</item>
/// <item>The scaled learning rate must still be stable: on a quadratic, plain gradient descent diverges above 2 / λmax
/// whatever the batch size.</item>
/// <item>It was derived for SGD (with momentum). For adaptive methods such as Adam, a square-root rule,
/// η_new = η_base · √(b_new / b_base), is often the better starting point (Krizhevsky 2014; Malladi et al. 2022).</item>
/// </list>
/// </remarks>
public static class LinearScalingRule
{
    /// <summary>η_new = η_base · b_new / b_base (Goyal et al. 2017).</summary>
    /// <param name="baseLearningRate">η_base, a learning rate that works at <paramref name="baseBatchSize"/>, ≥ 0.</param>
    /// <param name="baseBatchSize">b_base, ≥ 1.</param>
    /// <param name="newBatchSize">b_new, ≥ 1.</param>
    public static double Scale(double baseLearningRate, int baseBatchSize, int newBatchSize) =>
        Check(baseLearningRate, baseBatchSize, newBatchSize) * newBatchSize / baseBatchSize;

    /// <summary>η_new = η_base · √(b_new / b_base), the square-root alternative (Krizhevsky 2014, "One weird trick for parallelizing convolutional neural networks").</summary>
    /// <inheritdoc cref="Scale" path="/param"/>
    public static double SquareRootScale(double baseLearningRate, int baseBatchSize, int newBatchSize) =>
        Check(baseLearningRate, baseBatchSize, newBatchSize) * Math.Sqrt((double)newBatchSize / baseBatchSize);

    private static double Check(double baseLearningRate, int baseBatchSize, int newBatchSize)
    {
        Optimizers.Hyperparameter.RequireNonNegative(baseLearningRate, nameof(baseLearningRate));
        ArgumentOutOfRangeException.ThrowIfLessThan(baseBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(newBatchSize, 1);
        return baseLearningRate;
    }
}
