using Course.Optimizers;
using Course.Training;
using Course.Training.Schedules;

namespace Course.Tests.Training;

public sealed class TrainerTests
{
    private static readonly DatasetSplit Digits = Datasets.Digits().Split(0.2, seed: 0).Standardize();

    [Fact]
    public void Adam_trains_the_digits_mlp_past_90_percent_validation_accuracy_in_5_epochs()
    {
        var mlp = new Mlp<float>([64, 64, 10], seed: 0);
        var adam = new Adam<float>(mlp.Parameters, new AdamOptions(LearningRate: 1e-3));

        var history = Trainer.Fit(mlp, adam, Digits, new TrainingOptions(Epochs: 5));

        Assert.Equal(5, history.Epochs.Count);
        Assert.False(history.Diverged);
        Assert.True(history.Final.ValidationAccuracy > 0.9, history.ToString());
        Assert.True(history.TrainLoss[^1] < history.TrainLoss[0]);
        Assert.Equal(mlp.Evaluate(Digits.Validation).Loss, history.Final.ValidationLoss, 1e-6);
    }

    [Fact]
    public void With_learning_rate_0_the_epoch_train_loss_is_the_full_training_set_loss()
    {
        var mlp = new Mlp<double>([64, 16, 10], seed: 3);
        var frozen = new Sgd<double>(mlp.Parameters, new SgdOptions(LearningRate: 0));

        var history = Trainer.Fit(mlp, frozen, Digits, new TrainingOptions(Epochs: 1, BatchSize: 50));

        var full = mlp.Evaluate(Digits.Train);
        Assert.Equal(full.Loss, history.Final.TrainLoss, 1e-12);
        Assert.Equal(full.Accuracy, history.Final.TrainAccuracy, 1e-12);
    }

    [Fact]
    public void A_learning_rate_far_too_large_stops_training_and_marks_the_divergence()
    {
        var raw = Datasets.BreastCancer().Split(0.2, seed: 0);
        // a linear model under squared error on raw features (scales up to 10³): the curvature is ~10⁶, so any
        // learning rate above ~10⁻⁶ multiplies the error at every step until it overflows
        var model = new Mlp<float>([30, 2], loss: new MeanSquaredError(), initialization: Initialization.Zero);
        var sgd = new Sgd<float>(model.Parameters, new SgdOptions(LearningRate: 1e-3));
        var seen = new List<EpochReport>();

        var history = Trainer.Fit(model, sgd, raw, new TrainingOptions(Epochs: 10), seen.Add);

        Assert.True(history.Diverged);
        Assert.True(history.Epochs.Count < 10);
        Assert.Equal(history.Epochs.Count, history.DivergedAtEpoch);
        Assert.True(history.Final.Diverged);
        Assert.Contains("diverged", history.Final.ToString());
        Assert.Equal(history.Epochs, seen);
    }

    [Fact]
    public void The_callback_sees_every_epoch_in_order()
    {
        var mlp = new Mlp<float>([64, 8, 10]);
        var seen = new List<int>();

        var history = Trainer.Fit(mlp, new Sgd<float>(mlp.Parameters, new SgdOptions(LearningRate: 0.01)), Digits, new TrainingOptions(Epochs: 3), r => seen.Add(r.Epoch));

        Assert.Equal([1, 2, 3], seen);
        Assert.All(history.Epochs, r => Assert.Equal(3, r.Epochs));
    }

    [Fact]
    public void An_epoch_schedule_sets_the_closed_form_learning_rate_each_epoch()
    {
        var mlp = new Mlp<float>([64, 8, 10]);
        var sgd = new Sgd<float>(mlp.Parameters, new SgdOptions(LearningRate: 0.1));

        var history = Trainer.Fit(mlp, sgd, Digits, new TrainingOptions(Epochs: 4, Schedule: new ExponentialDecay(0.5)));

        Assert.Equal([0.1, 0.05, 0.025, 0.0125], history.LearningRate, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void A_batch_schedule_steps_once_per_mini_batch()
    {
        var mlp = new Mlp<float>([64, 8, 10]);
        var sgd = new Sgd<float>(mlp.Parameters, new SgdOptions(LearningRate: 0.1));
        var steps = (int)Math.Ceiling(Digits.Train.Count / 32.0);

        Trainer.Fit(mlp, sgd, Digits, new TrainingOptions(Epochs: 2, Schedule: new ExponentialDecay(0.99), ScheduleInterval: ScheduleInterval.Batch));

        Assert.Equal(0.1 * Math.Pow(0.99, 2 * steps), sgd.Groups[0].LearningRate, 1e-12);
        Assert.Equal(2 * steps, sgd.StepCount);
    }

    [Fact]
    public void Logistic_regression_separates_standardised_breast_cancer()
    {
        var split = Datasets.BreastCancer().Split(0.2, seed: 0).Standardize();
        var model = Mlp<double>.LogisticRegression(30);

        var history = Trainer.Fit(model, new Sgd<double>(model.Parameters, new SgdOptions(LearningRate: 0.1)), split, new TrainingOptions(Epochs: 10));

        Assert.True(history.Final.ValidationAccuracy > 0.93, history.ToString());
    }

    [Fact]
    public void Same_seeds_give_the_same_history()
    {
        TrainingHistory Run()
        {
            var mlp = new Mlp<float>([64, 16, 10], seed: 2);
            return Trainer.Fit(mlp, new Sgd<float>(mlp.Parameters, new SgdOptions(LearningRate: 0.05, Momentum: 0.9)), Digits, new TrainingOptions(Epochs: 2, Seed: 9));
        }

        Assert.Equal(Run().ValidationLoss, Run().ValidationLoss);
    }

    [Fact]
    public void Data_that_does_not_fit_the_model_is_rejected()
    {
        var mlp = new Mlp<float>([30, 4, 10]);
        var sgd = new Sgd<float>(mlp.Parameters);

        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(mlp, sgd, Digits));
        Assert.Equal("train", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Fit(new Mlp<float>([64, 10]), sgd, Digits, new TrainingOptions(Epochs: 0)));
    }
}
