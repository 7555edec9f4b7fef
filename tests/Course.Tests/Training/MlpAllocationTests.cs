using Course.Optimizers;
using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

/// <summary>
/// Training allocates nothing per step once every batch size of an epoch (full batches, the last partial one,
/// the validation set) has been seen: measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>.
/// </summary>
public sealed class MlpAllocationTests
{
    // 100 training rows in batches of 32 leave a last batch of 4; 30 validation rows are a third size.
    private static readonly Dataset Train = Synthetic("train", 100, seed: 1);
    private static readonly Dataset Validation = Synthetic("validation", 30, seed: 2);

    [Fact]
    public void Training_steps_and_validation_after_the_first_epoch_allocate_nothing()
    {
        var model = new Mlp<float>([64, 64, 10]);
        var optimizer = new Adam<float>(model.Parameters);
        var batches = new[] { Inputs(Train, 0, 32), Inputs(Train, 32, 32), Inputs(Train, 64, 32), Inputs(Train, 96, 4) };
        var validation = Inputs(Validation, 0, Validation.Count);
        void Epoch()
        {
            foreach (var (inputs, labels) in batches)
            {
                model.ComputeGradients(inputs, labels);
                optimizer.Step();
            }

            model.ComputeLoss(validation.Inputs, validation.Labels);   // the validation pass, at a third batch size
        }

        Epoch();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var epoch = 0; epoch < 5; epoch++)
        {
            Epoch();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_fit_epoch_allocates_less_than_one_object_per_step()
    {
        // Trainer.Fit allocates a few objects per epoch (its report, a stopwatch, the shuffle's generator); if any
        // step allocated even one object (≥ 24 bytes), an epoch of 100 steps would allocate ≥ 2,400 bytes.
        const int batchSize = 1;
        var model = new Mlp<float>([64, 64, 10]);
        var optimizer = new Adam<float>(model.Parameters);
        var perEpoch = new List<long>();
        var last = 0L;
        Trainer.Fit(model, optimizer, Train, Validation, new TrainingOptions(Epochs: 4, BatchSize: batchSize), _ =>
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            perEpoch.Add(now - last);
            last = now;
        });

        var steps = Train.Count / batchSize;
        Assert.All(perEpoch.Skip(1), bytes => Assert.True(bytes < 24 * steps, $"an epoch of {steps} steps allocated {bytes} bytes"));
    }

    [Fact]
    public void A_second_fit_reuses_the_float_copies_of_the_features()
    {
        // The first Fit converts the features to float into pooled buffers; the next Fit on this thread reuses them,
        // so it allocates less than one copy of the training features (the copies are what a study of hundreds of
        // trainings would otherwise allocate, and collect, each time).
        var model = new Mlp<float>([64, 64, 10]);
        var optimizer = new Adam<float>(model.Parameters);
        var options = new TrainingOptions(Epochs: 1, BatchSize: 32);
        Trainer.Fit(model, optimizer, Train, Validation, options);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Trainer.Fit(model, optimizer, Train, Validation, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var oneCopy = Train.Count * Train.FeatureCount * sizeof(float);
        Assert.True(allocated < oneCopy, $"the second Fit allocated {allocated} bytes; one float copy of the training features is {oneCopy}");
    }

    private static (Matrix<float> Inputs, int[] Labels) Inputs(Dataset data, int start, int count) =>
        (Mlp<float>.ToInputs(data.Features.SubMatrix(start, count, 0, data.FeatureCount)), data.Labels[start..(start + count)]);

    private static Dataset Synthetic(string name, int rows, int seed)
    {
        var random = new Random(seed);
        var features = Matrix<double>.Build.Dense(rows, 64, (_, _) => random.NextDouble() - 0.5);
        var labels = Enumerable.Range(0, rows).Select(_ => random.Next(10)).ToArray();
        return new Dataset(name, features, labels, Enumerable.Range(0, 10).Select(k => $"class {k}").ToArray());
    }
}
