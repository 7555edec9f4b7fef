namespace Course.Training;

/// <summary>When <see cref="Trainer"/> advances a learning-rate schedule.</summary>
public enum ScheduleInterval
{
    /// <summary>Once per epoch (PyTorch's usual <c>scheduler.step()</c> after each epoch).</summary>
    Epoch,

    /// <summary>Once per mini-batch, after each optimizer step (smooth warmup and cosine curves).</summary>
    Batch,
}
