using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>
/// Interrupts sent by jupyter_client: a busy cell really stops (the kernel process's CPU time, read from
/// <c>/proc</c>, stops growing), and a cell that cannot be stopped says so and never writes under another cell.
/// </summary>
public sealed class KernelInterruptTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    private KernelBridge Kernel => fixture.Kernel;

    [Fact]
    public void Linq_over_int_MaxValue_stops_using_CPU_within_a_second_of_the_interrupt()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "CPU time is read from /proc");
        var pid = Kernel.Send(new JsonObject { ["op"] = "kernel_pid" })["pid"]!.GetValue<int>();
        var running = Started("running", "Enumerable.Range(0, int.MaxValue).Select(i => (long)i * i % 7).Sum()");
        Thread.Sleep(TimeSpan.FromSeconds(1));
        var busy = CpuDuring(pid, Window);

        Kernel.Send(new JsonObject { ["op"] = "interrupt" });
        var reply = Collect(running);
        Thread.Sleep(TimeSpan.FromSeconds(1));
        var idle = CpuDuring(pid, Window);

        TestContext.Current.TestOutputHelper?.WriteLine($"kernel CPU in {Window.TotalSeconds} s: {busy.TotalSeconds:0.00} s while the cell ran, {idle.TotalSeconds:0.00} s from 1 s after the interrupt");

        // Compared with the same process's own use while busy, so a loaded machine (which slows both) does not matter.
        Assert.True(busy > TimeSpan.FromSeconds(0.05), $"the cell should have been using CPU before the interrupt, but used {busy.TotalSeconds:0.00} s in {Window.TotalSeconds} s");
        Assert.Equal("error", reply["status"]!.GetValue<string>());
        Assert.Equal("Interrupted", reply["ename"]!.GetValue<string>());
        Assert.True(
            idle < busy / 4,
            $"from a second after the interrupt the kernel used {idle.TotalSeconds:0.00} s of CPU in {Window.TotalSeconds} s, against {busy.TotalSeconds:0.00} s while the cell ran");
    }

    [Fact]
    public void A_sleeping_cell_is_reported_as_not_stopped_and_its_late_output_never_shows_under_the_next_cell()
    {
        var sleeping = Started("sleeping", "System.Threading.Thread.Sleep(20000); Console.WriteLine(\"late\");");

        Kernel.Send(new JsonObject { ["op"] = "interrupt" });
        var reply = Collect(sleeping);
        var next = Kernel.Execute("System.Threading.Thread.Sleep(22000);\nConsole.WriteLine(\"next\");");
        var after = Kernel.Send(new JsonObject { ["op"] = "drain_iopub", ["seconds"] = 1 });

        Assert.Equal("error", reply["status"]!.GetValue<string>());
        Assert.Equal("InterruptFailed", reply["ename"]!.GetValue<string>());
        Assert.Contains("could not be stopped", reply["evalue"]!.GetValue<string>());
        Assert.Contains(reply["traceback"]!.AsArray(), line => line!.GetValue<string>().Contains("Restart the kernel", StringComparison.Ordinal));
        Assert.Equal("ok", next.Status());
        Assert.Equal("next\n", next.Iopub().StreamText());
        Assert.DoesNotContain("late", after["iopub"]!.AsArray().StreamText());
    }

    /// <summary>Sends a cell that first displays <paramref name="marker"/>, then runs <paramref name="code"/>; returns once the marker shows.</summary>
    private string Started(string marker, string code)
    {
        var msgId = Kernel.Send(new JsonObject { ["op"] = "send_execute", ["code"] = $"display(\"{marker}\");\n{code}" })["msg_id"]!.GetValue<string>();
        var started = Kernel.Send(new JsonObject { ["op"] = "wait_for_output", ["msg_id"] = msgId, ["text"] = marker, ["timeout"] = 120 });
        Assert.True(started["found"]!.GetValue<bool>(), "the cell never started");
        return msgId;
    }

    private JsonObject Collect(string msgId) =>
        Kernel.Send(new JsonObject { ["op"] = "collect", ["msg_ids"] = new JsonArray(msgId), ["timeout"] = 60 })["replies"]![0]!.Content();

    private static TimeSpan CpuDuring(int pid, TimeSpan wall)
    {
        var before = ProcessStat.CpuTime(pid);
        Thread.Sleep(wall);
        return ProcessStat.CpuTime(pid) - before;
    }
}
