using System.Diagnostics;
using System.Numerics;
using Course.Optimizers;
using Course.Training.Schedules;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// The training loop: for each epoch, shuffle the training set into mini-batches; for each batch compute the
/// loss and its gradient and let the optimizer step; then measure the validation set.
/// </summary>
public static class Trainer
{
    /// <summary>Trains <paramref name="model"/> on <paramref name="data"/>.Train, validating on <paramref name="data"/>.Validation.</summary>
    /// <inheritdoc cref="Fit{T}(Mlp{T}, IOptimizer, Dataset, Dataset, TrainingOptions?, Action{EpochReport}?)"/>
    public static TrainingHistory Fit<T>(Mlp<T> model, IOptimizer optimizer, DatasetSplit data, TrainingOptions? options = null, Action<EpochReport>? onEpoch = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(model, optimizer, data.Train, data.Validation, options, onEpoch);
    }

    /// <summary>
    /// Trains <paramref name="model"/> for <see cref="TrainingOptions.Epochs"/> epochs, or until the loss becomes
    /// NaN or infinite (the history then ends with a report marked <see cref="EpochReport.Diverged"/>).
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="model">The network; its parameters are updated in place.</param>
    /// <param name="optimizer">Any optimizer built over <paramref name="model"/>'s parameters.</param>
    /// <param name="train">The examples to learn from.</param>
    /// <param name="validation">The examples to measure after each epoch.</param>
    /// <param name="options">Epochs, batch size, seed and schedule; the defaults when <see langword="null"/>.</param>
    /// <param name="onEpoch">
    /// Called after every epoch, e.g. to update one displayed output in a notebook:
    /// <c>var shown = display(""); Trainer.Fit(..., onEpoch: r =&gt; shown.Update(r.ToString()));</c>
    /// </param>
    /// <exception cref="OperationCanceledException">The notebook cell running it was interrupted (<see cref="CellCancellation"/>).</exception>
    public static TrainingHistory Fit<T>(Mlp<T> model, IOptimizer optimizer, Dataset train, Dataset validation, TrainingOptions? options = null, Action<EpochReport>? onEpoch = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        options ??= new TrainingOptions();
        options.Validate();
        RequireFits(model, train, nameof(train));
        RequireFits(model, validation, nameof(validation));

        var batches = new BatchIterator(train.Count, options.BatchSize, options.Seed);
        var scheduler = options.Schedule is null ? null : new LearningRateScheduler(optimizer, options.Schedule);
        using var trainInputs = new BatchGatherer<T>(train);
        var validationInputs = PooledInputs<T>.Rent(validation.Features);
        try
        {
            return Train(model, optimizer, train, validation, options, onEpoch, batches, scheduler, trainInputs, validationInputs);
        }
        finally
        {
            PooledInputs<T>.Return(validationInputs, validation.Features);
        }
    }

    private static TrainingHistory Train<T>(
        Mlp<T> model,
        IOptimizer optimizer,
        Dataset train,
        Dataset validation,
        TrainingOptions options,
        Action<EpochReport>? onEpoch,
        BatchIterator batches,
        LearningRateScheduler? scheduler,
        BatchGatherer<T> trainInputs,
        Matrix<T> validationInputs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var reports = new List<EpochReport>();
        var correct = new int[1];
        var order = new int[train.Count];

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            double lossSum = 0, correctSum = 0;
            var learningRate = optimizer.ParameterGroups[0].LearningRate;
            batches.FillOrder(epoch - 1, order);
            for (var start = 0; start < batches.SamplesPerEpoch; start += options.BatchSize)
            {
                CellCancellation.ThrowIfRequested();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, train.Count - start));
                var (inputs, labels) = trainInputs.Gather(batch);
                var loss = model.ComputeGradients(inputs, labels, correct);
                if (!double.IsFinite(loss))
                {
                    var report = new EpochReport(epoch, options.Epochs, loss, double.NaN, double.NaN, double.NaN, learningRate, Diverged: true, clock.Elapsed);
                    reports.Add(report);
                    onEpoch?.Invoke(report);
                    return new TrainingHistory(optimizer.Name, reports);
                }

                lossSum += loss * batch.Length;
                correctSum += correct[0];
                learningRate = optimizer.ParameterGroups[0].LearningRate;
                optimizer.Step();
                if (options.ScheduleInterval == ScheduleInterval.Batch)
                {
                    scheduler?.Step();
                }
            }

            if (options.ScheduleInterval == ScheduleInterval.Epoch)
            {
                scheduler?.Step();
            }

            var measured = model.Evaluate(validationInputs, validation.Labels);
            var diverged = !double.IsFinite(measured.Loss);
            var epochReport = new EpochReport(
                epoch,
                options.Epochs,
                lossSum / train.Count,
                correctSum / train.Count,
                diverged ? double.NaN : measured.Loss,
                diverged ? double.NaN : measured.Accuracy,
                learningRate,
                diverged,
                clock.Elapsed);
            reports.Add(epochReport);
            onEpoch?.Invoke(epochReport);
            if (diverged)
            {
                break;
            }
        }

        return new TrainingHistory(optimizer.Name, reports);
    }

    private static void RequireFits<T>(Mlp<T> model, Dataset data, string name)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (data.FeatureCount != model.LayerSizes[0])
        {
            throw new ArgumentException($"{name} has {data.FeatureCount} features but the model takes {model.LayerSizes[0]} inputs.", name);
        }

        var outputs = model.Loss.OutputCount(data.ClassCount);
        if (outputs != model.LayerSizes[^1])
        {
            throw new ArgumentException(
                $"{name} has {data.ClassCount} classes, so {model.Loss.Name} needs {outputs} outputs, but the model has {model.LayerSizes[^1]}.", name);
        }
    }
}
