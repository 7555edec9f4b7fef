using System.Globalization;

namespace Course.Training;

/// <summary>What one epoch of training produced.</summary>
/// <param name="Epoch">The epoch number, from 1.</param>
/// <param name="Epochs">The number of epochs planned.</param>
/// <param name="TrainLoss">
/// Mean training loss over the epoch's mini-batches, each measured just before its step (the running
/// figure a PyTorch loop prints); the non-finite loss itself when the run diverged.
/// </param>
/// <param name="TrainAccuracy">Share of training examples classified correctly in those same forward passes.</param>
/// <param name="ValidationLoss">Mean loss on the validation set after the epoch; NaN when the epoch diverged.</param>
/// <param name="ValidationAccuracy">Validation accuracy after the epoch; NaN when the epoch diverged.</param>
/// <param name="LearningRate">The first parameter group's learning rate during the epoch's last step.</param>
/// <param name="Diverged">The loss became NaN or infinite during this epoch, and training stopped.</param>
/// <param name="Elapsed">Wall-clock time of the epoch, validation included.</param>
public sealed record EpochReport(
    int Epoch,
    int Epochs,
    double TrainLoss,
    double TrainAccuracy,
    double ValidationLoss,
    double ValidationAccuracy,
    double LearningRate,
    bool Diverged,
    TimeSpan Elapsed)
{
    /// <summary>A one-line summary, e.g. <c>epoch 3/20 · train loss 0.2345 acc 93.1% · val loss 0.2781 acc 91.7% · lr 1e-03</c>.</summary>
    public override string ToString()
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"epoch {Epoch}/{Epochs} · ");
        return Diverged
            ? head + string.Create(CultureInfo.InvariantCulture, $"diverged (train loss {TrainLoss}) · lr {LearningRate:0.###e+00}")
            : head + string.Create(
                CultureInfo.InvariantCulture,
                $"train loss {TrainLoss:0.0000} acc {TrainAccuracy * 100:0.0}% · val loss {ValidationLoss:0.0000} acc {ValidationAccuracy * 100:0.0}% · lr {LearningRate:0.###e+00}");
    }
}
