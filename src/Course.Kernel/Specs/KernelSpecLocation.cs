using System.Diagnostics;

namespace Course.Kernel.Specs;

/// <summary>A Jupyter <c>kernels</c> directory, where each subfolder is one installed kernelspec.</summary>
/// <param name="KernelsDirectory">The <c>…/jupyter/kernels</c> directory.</param>
public sealed record KernelSpecLocation(string KernelsDirectory)
{
    /// <summary>
    /// The user's Jupyter data directory: <c>$JUPYTER_DATA_DIR</c> if set, else
    /// <c>$XDG_DATA_HOME/jupyter</c> or <c>~/.local/share/jupyter</c> on Linux,
    /// <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows.
    /// </summary>
    public static KernelSpecLocation User()
    {
        var dataDir = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (string.IsNullOrEmpty(dataDir))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            dataDir = OperatingSystem.IsWindows()
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter")
                : OperatingSystem.IsMacOS()
                    ? Path.Combine(home, "Library", "Jupyter")
                    : Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
        }

        return new KernelSpecLocation(Path.Combine(dataDir, "kernels"));
    }

    /// <summary>Under an installation prefix: <c>PREFIX/share/jupyter/kernels</c> (Jupyter looks there when PREFIX is its own, or is on <c>JUPYTER_PATH</c> as <c>PREFIX/share/jupyter</c>).</summary>
    /// <param name="prefix">The prefix directory.</param>
    public static KernelSpecLocation Prefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return new KernelSpecLocation(Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels"));
    }

    /// <summary>Under the prefix of the Python environment whose <c>python3</c> is on PATH (where its Jupyter looks).</summary>
    /// <exception cref="InvalidOperationException">No <c>python3</c> could be run.</exception>
    public static KernelSpecLocation SysPrefix()
    {
        var python = OperatingSystem.IsWindows() ? "python" : "python3";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import sys; print(sys.prefix)"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException($"could not start {python}");
            var prefix = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0 || prefix.Length == 0)
            {
                throw new InvalidOperationException($"{python} did not report its sys.prefix");
            }

            return Prefix(prefix);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"--sys-prefix needs {python} on PATH: {e.Message}", e);
        }
    }

    /// <summary>The folder of the kernelspec called <paramref name="name"/>.</summary>
    /// <param name="name">A kernelspec name: letters, digits, <c>.</c>, <c>_</c>, <c>-</c>.</param>
    public string SpecDirectory(string name) => Path.Combine(KernelsDirectory, KernelSpecName.Checked(name));
}
