using System.Diagnostics;

namespace Course.Cli.Tests.Tools;

/// <summary>The course's command line run as a learner runs it: <c>dotnet Course.Cli.dll …</c> in its own process.</summary>
internal static class CourseCommand
{
    /// <summary>Runs <c>course</c> with <paramref name="arguments"/> and waits for it to exit.</summary>
    /// <param name="arguments">The command and its arguments, such as <c>["start", "--to", folder]</c>.</param>
    /// <param name="workingDirectory">Where it runs; the test's own folder when <see langword="null"/>.</param>
    /// <returns>Its exit code and what it wrote to standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Course.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
