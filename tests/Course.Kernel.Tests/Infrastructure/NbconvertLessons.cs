using System.Collections.Concurrent;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// The lessons executed by <c>jupyter nbconvert --execute</c> through the course kernel installed in one
/// temporary prefix, each at most once however many tests read it, and an offline Chromium for the tests that open
/// nbconvert's HTML, started when first asked for.
/// </summary>
public sealed class NbconvertLessons : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<string>> executed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim browserStart = new(1, 1);
    private JupyterSandbox? sandbox;
    private OfflineBrowser? browser;

    /// <summary>The folder of the temporary Jupyter world (its kernelspec, executed notebooks, HTML files).</summary>
    internal string Root => Sandbox.Root;

    internal IReadOnlyDictionary<string, string> Environment => Sandbox.Environment;

    private JupyterSandbox Sandbox => sandbox ??= new JupyterSandbox();

    /// <summary>
    /// The path of <paramref name="lesson"/> executed by nbconvert through the kernel (the first call runs it; a
    /// run that fails fails every test that reads it, with nbconvert's error).
    /// </summary>
    internal string Executed(string lesson) => executed.GetOrAdd(lesson, name => new Lazy<string>(() => Execute(name))).Value;

    /// <summary>The shared offline browser.</summary>
    internal async Task<OfflineBrowser> BrowserAsync()
    {
        await browserStart.WaitAsync();
        try
        {
            return browser ??= await OfflineBrowser.LaunchAsync();
        }
        finally
        {
            browserStart.Release();
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        browserStart.Dispose();
        sandbox?.Dispose();
    }

    private string Execute(string lesson)
    {
        var output = Path.Combine(Root, "nbconvert");
        var converted = ProcessRunner.Run(
            RequiredTools.Python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=course-csharp",
             "--ExecutePreprocessor.timeout=600", "--output-dir", output, Path.Combine(Lessons.Folder, lesson)],
            TimeSpan.FromMinutes(15),
            Environment);
        if (converted.ExitCode != 0)
        {
            throw new InvalidOperationException($"nbconvert --execute {lesson} failed:\n{converted.StandardError}");
        }

        return Path.Combine(output, lesson);
    }
}
