using System.Numerics;
using Course.Optimizers;

namespace Course.Training;

/// <summary>
/// The learning-rate range test (Smith 2017, "Cyclical Learning Rates for Training Neural Networks", §3.3):
/// one short run whose learning rate grows geometrically from tiny to huge, one mini-batch per rate, recording
/// the training loss. The loss first barely moves, then falls fastest, then blows up; a good peak rate sits
/// somewhat below where it is lowest.
/// </summary>
public static class LearningRateRangeTest
{
    /// <summary>
    /// Trains <paramref name="model"/> for up to <paramref name="steps"/> mini-batches, setting every group's
    /// learning rate at step k to start·(end/start)^(k/(steps−1)), and stops early once the loss is non-finite
    /// or above <paramref name="stopFactor"/> × the lowest loss so far.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="model">The network; trained in place, so pass a fresh one.</param>
    /// <param name="optimizer">An optimizer over <paramref name="model"/>'s parameters; its learning rates are overwritten.</param>
    /// <param name="train">The examples.</param>
    /// <param name="startLearningRate">The first learning rate, &gt; 0.</param>
    /// <param name="endLearningRate">The last learning rate, &gt; <paramref name="startLearningRate"/>.</param>
    /// <param name="steps">How many mini-batches, ≥ 2.</param>
    /// <param name="batchSize">Mini-batch size, ≥ 1.</param>
    /// <param name="seed">The batch order's seed.</param>
    /// <param name="stopFactor">Stop once the loss exceeds this many times the lowest loss so far, &gt; 1.</param>
    /// <returns>The learning rate and training loss of every step taken.</returns>
    public static (double[] LearningRates, double[] Losses) Run<T>(
        Mlp<T> model,
        IOptimizer optimizer,
        Dataset train,
        double startLearningRate,
        double endLearningRate,
        int steps = 100,
        int batchSize = 32,
        int seed = 0,
        double stopFactor = 4)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        if (!(startLearningRate > 0) || !(endLearningRate > startLearningRate) || double.IsInfinity(endLearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(endLearningRate), endLearningRate, $"Need 0 < startLearningRate < endLearningRate < ∞, but got {startLearningRate} and {endLearningRate}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (!(stopFactor > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(stopFactor), stopFactor, $"stopFactor must be > 1, but was {stopFactor}.");
        }

        var batches = new BatchIterator(train.Count, batchSize, seed);
        var gatherer = new BatchGatherer<T>(train);
        var rates = new List<double>(steps);
        var losses = new List<double>(steps);
        var lowest = double.PositiveInfinity;
        var epoch = batches.NextEpoch();
        var position = 0;
        for (var k = 0; k < steps; k++)
        {
            if (position == epoch.Count)
            {
                (epoch, position) = (batches.NextEpoch(), 0);
            }

            var rate = startLearningRate * Math.Pow(endLearningRate / startLearningRate, k / (double)(steps - 1));
            foreach (var group in optimizer.ParameterGroups)
            {
                group.LearningRate = rate;
            }

            var (inputs, labels) = gatherer.Gather(epoch[position++]);
            var loss = model.ComputeGradients(inputs, labels);
            rates.Add(rate);
            losses.Add(loss);
            if (!double.IsFinite(loss) || loss > stopFactor * lowest)
            {
                break;
            }

            lowest = Math.Min(lowest, loss);
            optimizer.Step();
        }

        return (rates.ToArray(), losses.ToArray());
    }
}
