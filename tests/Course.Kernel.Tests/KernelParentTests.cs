using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>The kernel ends when the client that started it dies without shutting it down (<c>JPY_PARENT_PID</c>).</summary>
public sealed class KernelParentTests
{
    [Fact]
    public void The_kernel_exits_when_the_client_process_that_started_it_is_killed()
    {
        RequiredTools.Require(RequiredTools.JupyterClientMissing.Value);
        Assert.SkipUnless(OperatingSystem.IsLinux(), "processes are watched through /proc");
        using var sandbox = new JupyterSandbox();
        using var client = new KernelBridge(sandbox);
        var pid = client.Send(new JsonObject { ["op"] = "kernel_pid" })["pid"]!.GetValue<int>();
        Assert.True(ProcessStat.IsRunning(pid));

        client.KillClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ProcessStat.IsRunning(pid) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        Assert.False(ProcessStat.IsRunning(pid), $"kernel process {pid} still runs 30 s after its client was killed");
    }
}
