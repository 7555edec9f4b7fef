namespace Course.Training;

/// <summary>Everything a <see cref="Trainer"/> run recorded, one <see cref="EpochReport"/> per epoch run.</summary>
/// <param name="OptimizerName">The optimizer's display name.</param>
/// <param name="Epochs">The reports, in order; fewer than planned when the run diverged.</param>
public sealed record TrainingHistory(string OptimizerName, IReadOnlyList<EpochReport> Epochs)
{
    /// <summary>The loss became NaN or infinite and training stopped early.</summary>
    public bool Diverged => Epochs.Count > 0 && Epochs[^1].Diverged;

    /// <summary>The epoch in which the run diverged, or <see langword="null"/>.</summary>
    public int? DivergedAtEpoch => Diverged ? Epochs[^1].Epoch : null;

    /// <summary>The last epoch's report.</summary>
    public EpochReport Final => Epochs[^1];

    /// <summary>Training loss per epoch, for charts.</summary>
    public double[] TrainLoss => Epochs.Select(e => e.TrainLoss).ToArray();

    /// <summary>Validation loss per epoch, for charts.</summary>
    public double[] ValidationLoss => Epochs.Select(e => e.ValidationLoss).ToArray();

    /// <summary>Training accuracy per epoch, for charts.</summary>
    public double[] TrainAccuracy => Epochs.Select(e => e.TrainAccuracy).ToArray();

    /// <summary>Validation accuracy per epoch, for charts.</summary>
    public double[] ValidationAccuracy => Epochs.Select(e => e.ValidationAccuracy).ToArray();

    /// <summary>Learning rate per epoch, for charts.</summary>
    public double[] LearningRate => Epochs.Select(e => e.LearningRate).ToArray();

    /// <inheritdoc />
    public override string ToString() => Epochs.Count == 0
        ? $"{OptimizerName}: no epochs"
        : Diverged
            ? $"{OptimizerName}: diverged in epoch {DivergedAtEpoch}"
            : $"{OptimizerName}: {Final}";
}
