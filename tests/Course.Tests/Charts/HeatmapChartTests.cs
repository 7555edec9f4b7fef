using Course.Charts;

namespace Course.Tests.Charts;

public sealed class HeatmapChartTests
{
    [Fact]
    public void Heatmap_has_a_row_per_label_a_column_per_label_and_marks_diverged_cells()
    {
        double[][] losses = [[0.5, 0.1, double.NaN], [0.3, 0.2, 0.05]];

        var json = ChartJson.Of(HeatmapChart.Of(losses, ["SGD", "Adam"], ["1e-3", "1e-2", "1e-1"], valueTitle: "validation loss", logColor: true));

        var heatmap = json.TracesOfType("heatmap").Single();
        Assert.Equal(["SGD", "Adam"], heatmap.GetProperty("y").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(3, heatmap.GetProperty("x").GetArrayLength());
        Assert.Equal(Math.Log10(0.1), heatmap.GetProperty("z")[0][1].GetDouble(), 12);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, heatmap.GetProperty("z")[0][2].ValueKind);
        Assert.Equal("diverged", heatmap.GetProperty("text")[0][2].GetString());
        Assert.Equal("0.05", heatmap.GetProperty("text")[1][2].GetString());
        Assert.Equal("category", json.AxisType("xaxis"));
    }

    [Fact]
    public void Heatmap_rejects_a_ragged_grid()
    {
        double[][] ragged = [[1.0, 2.0], [3.0]];
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => HeatmapChart.Of(ragged, ["a", "b"], ["x", "y"])).ParamName);
    }
}
