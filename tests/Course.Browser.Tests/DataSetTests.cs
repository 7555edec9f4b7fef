using Course.Browser.Tests.Infrastructure;

namespace Course.Browser.Tests;

/// <summary>
/// The lessons that train on real data (02, 06, 09, 10, 11) load the repository's <c>data/*.csv</c> with
/// <c>Datasets.Digits()</c> and <c>Datasets.BreastCancer()</c>; in the page those files are served beside the lessons and
/// written into .NET's in-memory file system. A cell reads both and counts their rows, compared with the files' own lines.
/// </summary>
public sealed class DataSetTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task The_course_data_sets_load_in_the_page_with_every_row()
    {
        site.RequireBrowser();
        var digits = File.ReadLines(Path.Combine(site.Repository, "data", "digits.csv")).Count(line => line.Length > 0);
        var cancer = File.ReadLines(Path.Combine(site.Repository, "data", "breast_cancer.csv")).Count(line => line.Length > 0) - 1; // a header line
        var problems = new List<string>();
        var page = await FirstCell.OpenAsync(site, "02-mini-batches", problems);

        var cell = await FirstCell.RunAsync(page, "$\"{Course.Training.Datasets.Digits().Count} {Course.Training.Datasets.BreastCancer().Count}\"");

        Assert.True(await cell.GetAttributeAsync("data-status") == "Succeeded", await cell.Locator(".outputs").InnerTextAsync());
        Assert.Equal($"{digits} {cancer}", (await cell.Locator(".outputs").InnerTextAsync()).Trim());
        Assert.Empty(problems);
    }
}
