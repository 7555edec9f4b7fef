using Course.Charts;
using Course.Optimizers;
using Course.Surfaces;

namespace Course.Tests.Charts;

public sealed class SurfaceChartTests
{
    private static TrajectoryResult Sgd(ISurface surface, double lr, int steps) =>
        Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: lr)), steps: steps);

    [Fact]
    public void Contour_holds_the_grid_the_minima_and_one_line_per_trajectory()
    {
        var surface = new Himmelblau();
        var slow = Sgd(surface, 0.001, 30);
        var fast = Sgd(surface, 0.01, 30);

        var json = ChartJson.Of(SurfaceChart.Contour(surface, [slow, fast], ["slow", "fast"], resolution: 40));

        var contour = json.TracesOfType("contour").Single();
        Assert.Equal(40, contour.GetProperty("x").GetArrayLength());
        Assert.Equal(40, contour.GetProperty("z").GetArrayLength());
        Assert.Equal(40, contour.GetProperty("z")[0].GetArrayLength());
        Assert.Equal(surface.Value(-5, -5), contour.GetProperty("z")[0][0].GetDouble(), 1e-3);
        Assert.Equal(4, json.Trace("minimum").GetProperty("x").GetArrayLength());
        Assert.Equal(31, json.Trace("slow").GetProperty("x").GetArrayLength());
        Assert.Equal(fast.Ys, ChartJson.Numbers(json.Trace("fast").GetProperty("y")).Select(v => v!.Value));
        Assert.Equal([-5.0, 5.0], ChartJson.Numbers(json.Layout.GetProperty("xaxis").GetProperty("range")));
        Assert.Equal("Himmelblau", json.Layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Rosenbrock_gets_log_spaced_levels_and_a_quadratic_linear_ones()
    {
        var rosenbrock = ChartJson.Of(SurfaceChart.Contour(new Rosenbrock(), resolution: 30)).TracesOfType("contour").Single();
        var quadratic = ChartJson.Of(SurfaceChart.Contour(new IllConditionedQuadratic(10), resolution: 30)).TracesOfType("contour").Single();

        var corner = new Rosenbrock().Value(-2, -1);
        Assert.Equal(Math.Log10(corner), rosenbrock.GetProperty("z")[0][0].GetDouble(), 1e-3);
        Assert.Contains("log₁₀", rosenbrock.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(new IllConditionedQuadratic(10).Value(-5, -3), quadratic.GetProperty("z")[0][0].GetDouble(), 1e-9);
    }

    [Fact]
    public void A_diverged_trajectory_is_drawn_up_to_its_last_finite_point_with_gaps_for_the_rest()
    {
        var surface = new IllConditionedQuadratic(10);
        var run = Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 1.0)), steps: 2000, blowUpFactor: double.PositiveInfinity);
        Assert.True(run.Diverged);

        var ys = ChartJson.Numbers(ChartJson.Of(SurfaceChart.Contour(surface, run)).Trace("SGD").GetProperty("y"));

        Assert.Equal(run.Positions.Count, ys.Length);
        Assert.All(ys.Zip(run.Ys), pair => Assert.Equal(double.IsFinite(pair.Second) ? pair.Second : null, pair.First));
    }

    [Fact]
    public void The_saddle_has_no_minimum_marker_and_names_must_match_the_trajectories()
    {
        var saddle = new Saddle();
        Assert.DoesNotContain(ChartJson.Of(SurfaceChart.Contour(saddle)).Traces, t => t.TryGetProperty("name", out var n) && n.GetString() == "minimum");
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => SurfaceChart.Contour(saddle, [Sgd(saddle, 0.1, 3)], ["a", "b"])).ParamName);
    }

    [Fact]
    public void Each_path_gets_a_start_marker_at_its_first_point_and_an_end_marker_at_its_last()
    {
        var surface = new Himmelblau();
        var slow = Sgd(surface, 0.001, 30);
        var fast = Sgd(surface, 0.01, 30);

        var json = ChartJson.Of(SurfaceChart.Contour(surface, [slow, fast], ["slow", "fast"], resolution: 20));

        foreach (var (name, run) in new[] { ("slow", slow), ("fast", fast) })
        {
            var start = json.Trace(name + " start");
            var end = json.Trace(name + " end");
            Assert.Equal([run.Positions[0].X], ChartJson.Numbers(start.GetProperty("x")));
            Assert.Equal([run.Positions[0].Y], ChartJson.Numbers(start.GetProperty("y")));
            Assert.Equal([run.Positions[30].X], ChartJson.Numbers(end.GetProperty("x")));
            Assert.Equal([run.Positions[30].Y], ChartJson.Numbers(end.GetProperty("y")));
            Assert.Equal(name, end.GetProperty("legendgroup").GetString());
            Assert.False(end.GetProperty("showlegend").GetBoolean());
            Assert.Equal(json.Trace(name).GetProperty("line").GetProperty("color").GetString(), end.GetProperty("marker").GetProperty("color").GetString());
        }

        Assert.NotEqual(json.Trace("slow").GetProperty("line").GetProperty("color").GetString(), json.Trace("fast").GetProperty("line").GetProperty("color").GetString());
        Assert.True(json.Trace("slow").GetProperty("line").GetProperty("width").GetDouble() > json.Trace("fast").GetProperty("line").GetProperty("width").GetDouble());
        Assert.Equal("circle-open", json.Trace("start").GetProperty("marker").GetProperty("symbol").GetString());   // the legend's key
    }

    [Fact]
    public void A_diverged_path_ends_with_a_cross_at_its_last_finite_point_and_markEnds_false_draws_none()
    {
        var surface = new IllConditionedQuadratic(10);
        var run = Trajectory.Run(surface, p => new Sgd<double>([p], new SgdOptions(LearningRate: 1.0)), steps: 2000, blowUpFactor: double.PositiveInfinity);
        var lastFinite = run.Positions.Last(p => double.IsFinite(p.X) && double.IsFinite(p.Y));

        var end = ChartJson.Of(SurfaceChart.Contour(surface, run)).Trace("SGD end");

        Assert.Equal("x", end.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal([lastFinite.X], ChartJson.Numbers(end.GetProperty("x")));
        Assert.Equal(3, ChartJson.Of(SurfaceChart.Contour(surface, [run], markEnds: false, resolution: 20)).Traces.Length);   // contour, minimum, path
    }
}
