using System.Diagnostics;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// External tools the tests drive. A missing tool skips the test with the reason, except in CI
/// (COURSE_REQUIRE_TOOLS=1), where it fails it.
/// </summary>
internal static class RequiredTools
{
    public const string Python = "/usr/bin/python3";

    public static bool InCi => Environment.GetEnvironmentVariable("COURSE_REQUIRE_TOOLS") == "1";

    /// <summary>Why jupyter_client cannot be used, or null when it can.</summary>
    public static Lazy<string?> JupyterClientMissing { get; } = new(() =>
        Probe(Python, ["-c", "import jupyter_client, zmq"], "python3-jupyter-client"));

    /// <summary>Why the jupyter_kernel_test conformance suite cannot be run, or null when it can.</summary>
    public static Lazy<string?> KernelTestMissing { get; } = new(() =>
        JupyterClientMissing.Value ?? Probe(Python, ["-c", "import jupyter_kernel_test"], "python3-jupyter-kernel-test"));

    /// <summary>Why nbconvert cannot be used, or null when it can.</summary>
    public static Lazy<string?> NbconvertMissing { get; } = new(() =>
        JupyterClientMissing.Value ?? Probe(Python, ["-m", "nbconvert", "--version"], "jupyter-nbconvert"));

    /// <summary>Why the classic Jupyter Notebook server cannot be used, or null when it can.</summary>
    public static Lazy<string?> ClassicNotebookMissing { get; } = new(() =>
        JupyterClientMissing.Value ?? Probe(Python, ["-m", "notebook", "--version"], "jupyter-notebook"));

    /// <summary>Why Debian's Chromium cannot be used, or null when it can.</summary>
    public static string? ChromiumMissing =>
        File.Exists(OfflineBrowser.Chromium) ? null : $"{OfflineBrowser.Chromium} is not installed (install chromium)";

    public static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail($"COURSE_REQUIRE_TOOLS=1 but {missing}");
        }

        Assert.Skip(missing);
    }

    private static string? Probe(string program, string[] arguments, string package)
    {
        if (!File.Exists(program))
        {
            return $"{program} is not installed (install {package})";
        }

        var result = ProcessRunner.Run(program, arguments, TimeSpan.FromSeconds(60));
        return result.ExitCode == 0 ? null : $"{string.Join(' ', arguments)} failed (install {package}): {result.StandardError.Trim()}";
    }
}
