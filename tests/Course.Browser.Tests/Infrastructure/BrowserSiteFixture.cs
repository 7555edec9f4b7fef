using Course.Browser.Tests.Infrastructure;
using Course.Cli.Commands;
using Course.Cli.Running;
using Course.Kernel.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserSiteFixture))]

namespace Course.Browser.Tests.Infrastructure;

/// <summary>
/// One in-browser course for every test: written by <c>course browser</c> from the repository's lessons and the
/// app the build produced, served by one local static server, opened in one offline Chromium.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private StaticServer? server;
    private OfflineBrowser? browser;

    /// <summary>Why the tests cannot run here (no Chromium), or <see langword="null"/>.</summary>
    public string? Missing { get; private set; }

    /// <summary>The repository's root folder.</summary>
    public string Repository { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    /// <summary>The site's folder.</summary>
    public string Site { get; } = Directory.CreateTempSubdirectory("course-browser-site-").FullName;

    /// <summary>The site's address.</summary>
    public string Address => server!.Address;

    internal OfflineBrowser Browser => browser!;

    public async ValueTask InitializeAsync()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BrowserCommand.Run(Path.Combine(Repository, "notebooks"), BrowserCommand.DefaultApp(), Path.Combine(Repository, "data"), Site, stdout, stderr);
        if (code != 0)
        {
            throw new InvalidOperationException($"course browser failed: {stderr}");
        }

        server = new StaticServer(Site);
        if (!File.Exists(OfflineBrowser.Chromium))
        {
            Missing = $"{OfflineBrowser.Chromium} is not installed (install chromium)";
            return;
        }

        browser = await OfflineBrowser.LaunchAsync();
    }

    /// <summary>Skips the test when Chromium is missing, or fails it in CI (COURSE_REQUIRE_TOOLS=1).</summary>
    public void RequireBrowser()
    {
        if (Missing is null)
        {
            return;
        }

        Assert.True(Environment.GetEnvironmentVariable("COURSE_REQUIRE_TOOLS") != "1", Missing);
        Assert.Skip(Missing);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        server?.Dispose();
    }
}
