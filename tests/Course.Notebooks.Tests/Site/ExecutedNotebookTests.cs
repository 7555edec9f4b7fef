using System.Text.RegularExpressions;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Site;

public sealed partial class ExecutedNotebookTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void The_fixture_notebooks_run_without_errors()
    {
        Assert.Equal(2, site.Runs.Count);
        Assert.All(site.Runs, run => Assert.True(run.Result.Succeeded, $"{run.Path}: {run.Result.FirstFailure}"));
    }

    [Fact]
    public void Plotly_js_is_in_the_executed_notebook_once_though_the_chart_is_shown_twice()
    {
        var text = File.ReadAllText(site.Runs.Single(r => r.Path.EndsWith("01-charts-and-math.ipynb", StringComparison.Ordinal)).Path);

        Assert.Single(PlotlyBanner().Matches(text));
        Assert.Equal(2, Regex.Matches(text, "\"application/vnd.plotly.v1\\+json\"").Count);
    }

    [Fact]
    public async Task Running_a_notebook_again_gives_the_same_bytes()
    {
        var path = Path.Combine(SiteFixture.SourceFolder, "01-charts-and-math.ipynb");
        var first = site.Runs.Single(r => r.Path.EndsWith("01-charts-and-math.ipynb", StringComparison.Ordinal)).Result.Executed.ToJson();

        var again = await NotebookRunner.RunAsync(path, SiteFixture.Options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first, again.Executed.ToJson());
    }

    [Fact]
    public void Every_executed_notebook_passes_nbformat_schema_validation() =>
        NbformatValidator.AssertValid(site.Runs.Select(r => r.Path));

    [GeneratedRegex(@"plotly\.js v\d")]
    private static partial Regex PlotlyBanner();
}
