using System.Text.Json.Nodes;
using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Lessons;

/// <summary>
/// Lesson 09's study compares optimizers at their best learning rates; a best rate at the edge of its grid would
/// make that comparison an artefact of the grid. The lesson publishes, as application/json, each optimizer's best
/// learning rate and the range it tried; this test runs the lesson and checks every best rate lies strictly inside.
/// </summary>
public sealed class CapstoneLessonTests
{
    private const string Lesson = "09-putting-it-together.ipynb";

    [Fact]
    public async Task Every_optimizer_s_best_learning_rate_is_inside_the_range_it_tried()
    {
        var path = Path.Combine(RepositoryFolders.Notebooks, Lesson);
        Assert.SkipUnless(File.Exists(path), $"{Lesson} is not in this checkout.");
        var result = await NotebookRunner.RunAsync(
            path,
            new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly], CellTimeout = TimeSpan.FromMinutes(10) },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(result.FirstFailure);

        var optima = result.Executed.Cells
            .SelectMany(c => c.Outputs)
            .Select(o => o?["data"]?["application/json"])
            .OfType<JsonArray>()
            .Single(a => a.Count > 0 && a[0]?["BestIsInterior"] is not null);

        Assert.Equal(9, optima.Count);
        foreach (var optimum in optima.Select(o => o!))
        {
            var name = optimum["Optimizer"]!.GetValue<string>();
            var best = optimum["BestLr"]!.GetValue<double>();
            var lowest = optimum["LowestTried"]!.GetValue<double>();
            var highest = optimum["HighestTried"]!.GetValue<double>();
            Assert.True(lowest < best && best < highest, $"{name}: best learning rate {best} is not strictly inside the tried range [{lowest}, {highest}].");
        }
    }
}
