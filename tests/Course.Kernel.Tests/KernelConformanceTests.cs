using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>
/// The official conformance suite, jupyter_kernel_test (<c>Client/conformance.py</c>), against the installed
/// kernel, with every sample the kernel supports filled in.
/// </summary>
public sealed class KernelConformanceTests
{
    /// <summary>What the suite tests that this kernel does not offer: pager payloads, <c>clear_output</c>, and a history store.</summary>
    private static readonly string[] Unsupported = ["test_pager", "test_clear_output", "test_history"];

    private static readonly string[] MustPass =
    [
        "test_kernel_info", "test_execute_stdout", "test_execute_stderr", "test_error", "test_execute_result",
        "test_display_data", "test_completion", "test_is_complete", "test_inspect",
    ];

    [Fact]
    public void Jupyter_kernel_test_passes_with_every_supported_sample()
    {
        RequiredTools.Require(RequiredTools.KernelTestMissing.Value);
        using var sandbox = new JupyterSandbox();
        var results = Path.Combine(sandbox.Root, "conformance.json");

        var run = ProcessRunner.Run(
            RequiredTools.Python,
            [Path.Combine(AppContext.BaseDirectory, "Client", "conformance.py"), "course-csharp", results],
            TimeSpan.FromMinutes(10),
            sandbox.Environment);

        Assert.True(File.Exists(results), $"the suite did not run:\n{run.StandardError}");
        var outcomes = JsonNode.Parse(File.ReadAllText(results))!.AsObject()
            .ToDictionary(p => p.Key, p => (Outcome: p.Value!["outcome"]!.GetValue<string>(), Message: p.Value["message"]?.GetValue<string>()));
        var broken = outcomes.Where(o => o.Value.Outcome is "failed" or "error").Select(o => $"{o.Key}: {o.Value.Message}").ToList();
        Assert.True(broken.Count == 0, $"jupyter_kernel_test failures:\n{string.Join("\n", broken)}");
        Assert.All(MustPass, name => Assert.True(
            outcomes.TryGetValue(name, out var outcome) && outcome.Outcome == "passed",
            $"{name} did not pass: {(outcomes.TryGetValue(name, out var o) ? $"{o.Outcome} {o.Message}" : "not run")}"));
        var skipped = outcomes.Where(o => o.Value.Outcome == "skipped").Select(o => o.Key.Split(' ')[0]).Distinct();
        Assert.All(skipped, name => Assert.Contains(name, Unsupported));
        Assert.Equal(0, run.ExitCode);
    }
}
