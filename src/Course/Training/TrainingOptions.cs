using Course.Training.Schedules;

namespace Course.Training;

/// <summary>How <see cref="Trainer.Fit{T}(Mlp{T}, Optimizers.IOptimizer, DatasetSplit, TrainingOptions?, Action{EpochReport}?)"/> runs.</summary>
/// <param name="Epochs">Passes over the training set, ≥ 1.</param>
/// <param name="BatchSize">Examples per mini-batch (per optimizer step), ≥ 1.</param>
/// <param name="Seed">Seed of the per-epoch shuffles (<see cref="BatchIterator"/>).</param>
/// <param name="Schedule">A learning-rate schedule, or <see langword="null"/> for a constant rate.</param>
/// <param name="ScheduleInterval">Whether the schedule's step t counts epochs or mini-batches.</param>
public sealed record TrainingOptions(
    int Epochs = 20,
    int BatchSize = 32,
    int Seed = 0,
    ILearningRateSchedule? Schedule = null,
    ScheduleInterval ScheduleInterval = ScheduleInterval.Epoch)
{
    /// <summary>Throws when a value is out of range.</summary>
    internal void Validate()
    {
        if (Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, $"Epochs must be ≥ 1, but was {Epochs}.");
        }

        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be ≥ 1, but was {BatchSize}.");
        }
    }
}
