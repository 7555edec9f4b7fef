using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests.Clients;

/// <summary>
/// One classic Notebook server (with the course kernel installed in a temporary prefix) and one offline
/// Chromium, shared by every lesson; the server serves copies of the lessons, so autosave never touches the
/// repository.
/// </summary>
public sealed class ClassicNotebookFixture : IAsyncLifetime
{
    /// <summary>The lesson the reopening test runs: a short one with several charts.</summary>
    internal const string ReopenedLesson = "04-nesterov.ipynb";

    private JupyterSandbox? sandbox;
    private string? folder;
    private NotebookServer? server;
    private OfflineBrowser? browser;

    /// <summary>Why the classic Notebook or Chromium cannot be used, or null.</summary>
    internal string? Missing { get; private set; }

    internal NotebookServer Server => server ?? throw new InvalidOperationException("the server did not start");

    internal OfflineBrowser Browser => browser ?? throw new InvalidOperationException("the browser did not start");

    /// <summary>Copies a lesson into the served folder as <c>{prefix}{lesson}</c>; returns the copy's path.</summary>
    internal string CopyOfLesson(string lesson, string prefix)
    {
        var copy = Path.Combine(folder ?? throw new InvalidOperationException("the fixture did not start"), prefix + lesson);
        File.Copy(Path.Combine(Lessons.Folder, lesson), copy, overwrite: true);
        return copy;
    }

    public async ValueTask InitializeAsync()
    {
        Missing = RequiredTools.ClassicNotebookMissing.Value ?? RequiredTools.ChromiumMissing;
        if (Missing is not null)
        {
            return;
        }

        sandbox = new JupyterSandbox();
        folder = Directory.CreateDirectory(Path.Combine(sandbox.Root, "lessons")).FullName;
        foreach (var lesson in Directory.GetFiles(Lessons.Folder, "*.ipynb"))
        {
            CopyOfLesson(Path.GetFileName(lesson), string.Empty);
        }

        server = new NotebookServer(sandbox, folder);
        browser = await OfflineBrowser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        server?.Dispose();
        sandbox?.Dispose();
    }
}
