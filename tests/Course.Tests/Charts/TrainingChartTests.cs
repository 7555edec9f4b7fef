using Course.Charts;
using Course.Training;

namespace Course.Tests.Charts;

public sealed class TrainingChartTests
{
    private static TrainingHistory History(string name, params (double Loss, double Accuracy)[] epochs) => new(
        name,
        epochs.Select((e, i) => new EpochReport(i + 1, epochs.Length, e.Loss * 1.1, e.Accuracy - 0.05, e.Loss, e.Accuracy, 0.01, false, TimeSpan.Zero)).ToArray());

    [Fact]
    public void Each_run_gives_loss_and_accuracy_lines_on_two_panels_sharing_one_legend_entry()
    {
        var sgd = History("SGD", (2.0, 0.5), (1.0, 0.7), (0.5, 0.8));
        var adam = History("Adam", (1.0, 0.8), (0.3, 0.9));

        var json = ChartJson.Of(TrainingChart.Curves(sgd, adam));

        Assert.Equal(8, json.Traces.Length);
        var validationLoss = json.Trace("SGD");
        Assert.Equal([1.0, 2.0, 3.0], ChartJson.Numbers(validationLoss.GetProperty("x")));
        Assert.Equal([2.0, 1.0, 0.5], ChartJson.Numbers(validationLoss.GetProperty("y")));
        Assert.Equal("y", validationLoss.GetProperty("yaxis").GetString());
        var accuracy = json.Trace("Adam validation accuracy");
        Assert.Equal("y2", accuracy.GetProperty("yaxis").GetString());
        Assert.Equal([0.8, 0.9], ChartJson.Numbers(accuracy.GetProperty("y")));
        Assert.Equal(2, json.Traces.Count(t => t.GetProperty("showlegend").GetBoolean()));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("linear", json.AxisType("yaxis2"));
    }

    [Fact]
    public void Loss_panels_show_each_run_in_colour_over_the_others_validation_loss_in_grey()
    {
        var sgd = History("SGD", (2.0, 0.5), (1.0, 0.7), (0.5, 0.8));
        var adam = History("Adam", (1.0, 0.8), (0.3, 0.9));
        var lion = History("Lion", (4.0, 0.3), (3.0, 0.4));

        var json = ChartJson.Of(TrainingChart.LossPanels([sgd, adam, lion], columns: 2));

        // per panel: the two other runs' validation losses in grey, then its own training (dashed) and validation loss
        Assert.Equal(12, json.Traces.Length);
        var own = json.Trace("Adam validation loss");
        Assert.Equal("x2", own.GetProperty("xaxis").GetString());
        Assert.Equal([1.0, 0.3], ChartJson.Numbers(own.GetProperty("y")));
        Assert.Equal("dash", json.Trace("Adam training loss").GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal([1.1, 0.33], ChartJson.Numbers(json.Trace("Adam training loss").GetProperty("y")).Select(v => Math.Round(v!.Value, 9)));
        var greyInAdamsPanel = json.Traces.Where(t => t.GetProperty("xaxis").GetString() == "x2" && t.GetProperty("line").GetProperty("color").GetString() == "#c7c7c7").ToArray();
        Assert.Equal(["SGD", "Lion"], greyInAdamsPanel.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([2.0, 1.0, 0.5], ChartJson.Numbers(greyInAdamsPanel[0].GetProperty("y")));

        // one log loss range for all panels, holding every loss from 0.3 to 4.4
        var range = ChartJson.Numbers(json.Layout.GetProperty("yaxis3").GetProperty("range"));
        Assert.Equal(range, ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("range")));
        Assert.True(range[0] < Math.Log10(0.3) && range[1] > Math.Log10(4.4));
        Assert.Equal("log", json.AxisType("yaxis2"));
    }

    [Fact]
    public void Names_must_match_the_runs()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => TrainingChart.Curves([])).ParamName);
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => TrainingChart.Curves([History("a", (1, 0.5))], ["x", "y"])).ParamName);
    }
}
