using System.Diagnostics;

namespace Course.Notebooks.Tests.Tools;

/// <summary>Validates .ipynb files against the official schema with Python's nbformat (Debian python3-nbformat).</summary>
internal static class NbformatValidator
{
    private const string Python = "/usr/bin/python3";

    private const string Script =
        "import sys, nbformat\n" +
        "for path in sys.argv[1:]:\n" +
        "    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)\n" +
        "    nbformat.validate(nb)\n" +
        "    print('valid', path, nb.nbformat, nb.nbformat_minor)\n";

    /// <summary>Skips (or in CI fails) the test when python3 with nbformat is not installed.</summary>
    public static void RequireTool()
    {
        if (!File.Exists(Python) || Run(["-c", "import nbformat"]).ExitCode != 0)
        {
            ExternalTool.Missing($"{Python} with the nbformat module is not installed (apt-get install python3-nbformat)");
        }
    }

    /// <summary>Asserts every file is a valid notebook.</summary>
    public static void AssertValid(IEnumerable<string> paths)
    {
        RequireTool();
        var (exitCode, output) = Run(["-c", Script, .. paths]);
        Assert.True(exitCode == 0, output);
    }

    private static (int ExitCode, string Output) Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Python, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
