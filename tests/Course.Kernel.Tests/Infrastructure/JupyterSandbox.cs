namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// A temporary Jupyter world: the course kernelspec installed under a temporary prefix, and the
/// environment that makes Jupyter tools find it there and keep their runtime, data and config
/// files out of the user's home.
/// </summary>
internal sealed class JupyterSandbox : IDisposable
{
    public JupyterSandbox()
    {
        Root = Directory.CreateTempSubdirectory("course-kernel-").FullName;
        Environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(Root, "share", "jupyter"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(Root, "data"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Root, "runtime"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(Root, "config"),
            ["JUPYTER_PLATFORM_DIRS"] = "1",
        };
        var install = CourseCli.Run(null, "kernel", "install", "--prefix", Root);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"course kernel install failed: {install.StandardOutput}{install.StandardError}");
        }
    }

    public string Root { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel being killed may still hold a runtime file; the temp folder is cleaned later.
        }
    }
}
