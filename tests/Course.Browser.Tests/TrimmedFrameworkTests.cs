using Course.Browser.Tests.Infrastructure;

namespace Course.Browser.Tests;

/// <summary>
/// The in-browser course ships .NET trimmed to what the course uses (bench/README.md, "Download"), and cells compile
/// against those same trimmed assemblies: a cell that calls an API trimmed away gets one compile error naming it,
/// never a hang or a stack trace, and the session keeps running.
/// </summary>
public sealed class TrimmedFrameworkTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task A_cell_calling_a_trimmed_framework_api_gets_one_compile_error_and_the_session_goes_on()
    {
        site.RequireBrowser();
        // A real .NET API (this test's own, untrimmed runtime has it) that no lesson uses, so the browser's build lacks it.
        Assert.NotNull(Type.GetType("System.IO.Compression.ZipFile, System.IO.Compression.ZipFile"));
        var problems = new List<string>();
        var page = await FirstCell.OpenAsync(site, "01-gradient-descent", problems);

        var first = await FirstCell.RunAsync(page, "System.IO.Compression.ZipFile.CreateFromDirectory(\"lesson\", \"lesson.zip\")");
        Assert.Equal("Failed", await first.GetAttributeAsync("data-status"));
        var errors = await first.Locator(".output.error").AllInnerTextsAsync();
        var error = Assert.Single(errors).Trim();
        Assert.Contains("CS0234", error);
        Assert.Contains("ZipFile", error);
        Assert.DoesNotContain("\n", error);
        Assert.DoesNotContain(" at ", error);

        await FirstCell.RunAsync(page, "6 * 7");
        Assert.Equal("Succeeded", await first.GetAttributeAsync("data-status"));
        Assert.Equal("42", (await first.Locator(".outputs").InnerTextAsync()).Trim());
        Assert.Empty(problems);
    }
}
