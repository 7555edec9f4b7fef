using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>Restart and shutdown through jupyter_client's kernel manager.</summary>
public sealed class KernelRestartTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    [Fact]
    public void Restart_gives_a_fresh_session_and_shutdown_ends_the_process()
    {
        var kernel = fixture.Kernel;
        Assert.Equal("ok", kernel.Execute("var survivesRestart = 1;").Status());

        var restarted = kernel.Send(new JsonObject { ["op"] = "restart" });

        Assert.True(restarted["alive"]!.GetValue<bool>());
        var probe = kernel.Execute("survivesRestart");
        Assert.Equal("error", probe.Status());
        Assert.Contains("CS0103", probe.Iopub().OfType("error").Single().Content()["evalue"]!.GetValue<string>());
        Assert.Equal(1, probe.Reply().Content()["execution_count"]!.GetValue<int>());
        var shutdown = kernel.Send(new JsonObject { ["op"] = "shutdown" });
        Assert.False(shutdown["alive"]!.GetValue<bool>());
    }
}
