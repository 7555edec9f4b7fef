using Course.Charts;
using Course.Optimizers;
using Course.Surfaces;
using Course.Training.Studies;
using Plotly.NET;

namespace Course.Tests.Charts;

/// <summary>The course's chart serializer against Plotly.NET's own <c>GenericChart.toJson</c>, text for text.</summary>
public sealed class PlotlyJsonTests
{
    public static TheoryData<string> Builders => [.. Charts.Keys];

    private static readonly Dictionary<string, Func<GenericChart>> Charts = new()
    {
        ["line, log axes, gaps"] = () => LineChart.Of(
            [new Series("SGD", [3.0, double.NaN, 1.5]), new Series("Adam", [3.0, 1.0, 0.5])], logY: true, title: "Loss <per> step"),
        ["contour with paths"] = () => SurfaceChart.Contour(
            new Himmelblau(), [Sgd(new Himmelblau(), 0.01, 20)], ["SGD \"fast\""], resolution: 25),
        ["slider of trajectories"] = () => SliderChart.Trajectories(
            new IllConditionedQuadratic(20), [0.01, 0.05], lr => Sgd(new IllConditionedQuadratic(20), lr, 10), resolution: 20),
        ["heatmap"] = () => HeatmapChart.Of(
            new double[][] { [0.5, 0.25, 1e-5], [2.0, 0.125, 4.5e-5] }, ["SGD", "Adam"], ["1e-3", "1e-2", "1e-1"], logColor: true),
        ["interval bars"] = () => IntervalChart.Bars(
            ["SGD", "Adam"], [("train", [MeanInterval.Of([0.9, 1.0]), MeanInterval.Of([1.0, 0.95])])], "accuracy"),
    };

    [Theory]
    [MemberData(nameof(Builders))]
    public void Writes_exactly_what_plotly_net_writes(string builder)
    {
        var chart = Charts[builder]();

        Assert.Equal(GenericChart.toJson(chart), PlotlyJson.Serialize(chart));
    }

    private static TrajectoryResult Sgd(ISurface surface, double lr, int steps) =>
        Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: lr)), steps: steps);
}
