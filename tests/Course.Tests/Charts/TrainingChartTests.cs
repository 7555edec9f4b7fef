using Course.Charts;
using Course.Training;

namespace Course.Tests.Charts;

public sealed class TrainingChartTests
{
    private static EpochReport Epoch(int epoch, double trainLoss, double validationLoss, double validationAccuracy, bool diverged = false) =>
        new(epoch, 3, trainLoss, 0.5, validationLoss, validationAccuracy, 0.01, diverged, TimeSpan.Zero);

    [Fact]
    public void Each_run_draws_its_loss_on_the_left_panel_and_its_accuracy_on_the_right_in_one_colour()
    {
        var adam = new TrainingHistory("Adam", [Epoch(1, 1.0, 0.9, 0.6), Epoch(2, 0.5, 0.4, 0.8)]);
        var sgd = new TrainingHistory("SGD", [Epoch(1, 2.0, 1.9, 0.3), Epoch(2, 1.5, 1.4, 0.5)]);

        var json = ChartJson.Of(TrainingChart.LossAndAccuracy([("Adam", adam), ("SGD", sgd)], title: "runs"));

        var adamTraces = json.Traces.Where(t => t.GetProperty("name").GetString() == "Adam").ToArray();
        Assert.Equal(2, adamTraces.Length);
        var loss = adamTraces.Single(t => !t.TryGetProperty("yaxis", out _));
        var accuracy = adamTraces.Single(t => t.TryGetProperty("yaxis", out var axis) && axis.GetString() == "y2");
        Assert.Equal([0.9, 0.4], ChartJson.Numbers(loss.GetProperty("y")).Select(v => v!.Value));
        Assert.Equal([0.6, 0.8], ChartJson.Numbers(accuracy.GetProperty("y")).Select(v => v!.Value));
        Assert.Equal([1.0, 2.0], ChartJson.Numbers(accuracy.GetProperty("x")).Select(v => v!.Value));
        Assert.Equal("x2", accuracy.GetProperty("xaxis").GetString());
        Assert.False(accuracy.GetProperty("showlegend").GetBoolean());
        Assert.Equal(
            loss.GetProperty("line").GetProperty("color").GetString(),
            accuracy.GetProperty("line").GetProperty("color").GetString());
        Assert.NotEqual(
            loss.GetProperty("line").GetProperty("color").GetString(),
            json.Traces.First(t => t.GetProperty("name").GetString() == "SGD").GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("linear", json.AxisType("yaxis2"));
        Assert.Equal("validation accuracy", json.Layout.GetProperty("yaxis2").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Training_figures_can_be_drawn_instead_and_a_diverged_epoch_is_a_gap()
    {
        var diverged = new TrainingHistory("Lion", [Epoch(1, 1.0, 0.9, 0.6), Epoch(2, double.NaN, double.NaN, double.NaN, diverged: true)]);

        var json = ChartJson.Of(TrainingChart.LossAndAccuracy([("Lion", diverged)], validation: false));

        var loss = json.Traces.Single(t => t.GetProperty("name").GetString() == "Lion" && !t.TryGetProperty("yaxis", out _));
        Assert.Equal([1.0, null], ChartJson.Numbers(loss.GetProperty("y")));
        Assert.Equal("training loss", json.Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void No_runs_or_an_unnamed_run_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TrainingChart.LossAndAccuracy([]));
        Assert.Throws<ArgumentException>(() => TrainingChart.LossAndAccuracy([(" ", new TrainingHistory("SGD", []))]));
    }
}
