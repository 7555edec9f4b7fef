using System.Text.Json.Nodes;
using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Lessons;

/// <summary>
/// Lesson 11's prose reads its measurements: Adam lands farther from the minimum-norm solution than gradient descent
/// and AdamW narrows that; on real data the optimizers' validation accuracies and gaps are statistically tied; Adam's
/// solutions are sharper than momentum's; batch size does not move validation accuracy at equal steps. The lesson
/// publishes each paired difference with its 95% interval as application/json; this test runs the lesson and checks
/// that each interval still says what the text says, so a change to the study that flipped a finding fails here.
/// </summary>
public sealed class GeneralizationLessonTests
{
    private const string Lesson = "11-generalization.ipynb";

    [Fact]
    public async Task Every_measured_ordering_the_text_states_still_holds()
    {
        var path = Path.Combine(RepositoryFolders.Notebooks, Lesson);
        Assert.SkipUnless(File.Exists(path), $"{Lesson} is not in this checkout.");
        var result = await NotebookRunner.RunAsync(
            path,
            new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly], CellTimeout = TimeSpan.FromMinutes(5) },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(result.FirstFailure);

        var claims = result.Executed.Cells
            .SelectMany(c => c.Outputs)
            .Select(o => o?["data"]?["application/json"])
            .OfType<JsonArray>()
            .Single(a => a.Count > 0 && a[0]?["Claim"] is not null)
            .Select(c => c!)
            .ToDictionary(c => c["Claim"]!.GetValue<string>(), c => (Low: c["Low"]!.GetValue<double>(), High: c["High"]!.GetValue<double>()));

        void Above(string claim) => Assert.True(claims[claim].Low > 0, $"{claim}: the text says positive, but the interval is [{claims[claim].Low}, {claims[claim].High}].");
        void Below(string claim) => Assert.True(claims[claim].High < 0, $"{claim}: the text says negative, but the interval is [{claims[claim].Low}, {claims[claim].High}].");
        void Tied(string claim) => Assert.True(claims[claim].Low <= 0 && claims[claim].High >= 0, $"{claim}: the text says tied, but the interval is [{claims[claim].Low}, {claims[claim].High}].");

        Above("adam-minus-gd-linear-excess-error");
        Below("adamw-minus-adam-linear-excess-error");
        Above("adam-minus-momentum-sharpness-fixed");
        Above("adam-minus-momentum-sharpness-relative");
        Above("adamw-minus-adam-sharpness-fixed");
        Above("adamw-minus-adam-sharpness-relative");
        Tied("smallest-minus-largest-batch-validation-accuracy");
        var ties = claims.Keys.Where(k => k.EndsWith(" validation accuracy", StringComparison.Ordinal) || k.EndsWith(" gap", StringComparison.Ordinal)).ToArray();
        Assert.Equal(8, ties.Length);
        Assert.All(ties, Tied);
    }
}
