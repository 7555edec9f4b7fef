using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>The kernel driven by jupyter_client (the client Jupyter, nbclient and nbconvert use) through its installed kernelspec.</summary>
public sealed class KernelProtocolTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private static readonly string[] ExecuteSequence = ["status", "execute_input", "stream", "execute_result", "status"];

    private KernelBridge Kernel => fixture.Kernel;

    [Fact]
    public void Kernel_info_describes_a_CSharp_kernel_speaking_protocol_5_3()
    {
        var reply = Kernel.Send(new JsonObject { ["op"] = "kernel_info" });

        var content = reply.Content();
        Assert.Equal("kernel_info_reply", reply.Type());
        Assert.Equal("5.3", content["protocol_version"]!.GetValue<string>());
        Assert.Equal("course", content["implementation"]!.GetValue<string>());
        var language = content["language_info"]!;
        Assert.Equal("C#", language["name"]!.GetValue<string>());
        Assert.Equal(".cs", language["file_extension"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", language["mimetype"]!.GetValue<string>());
        Assert.Equal("csharp", language["pygments_lexer"]!.GetValue<string>());
    }

    [Fact]
    public void Execute_announces_the_input_streams_output_and_returns_the_last_expression()
    {
        var run = Kernel.Execute("Console.WriteLine(\"hello\");\n6 * 7");

        Assert.Equal("ok", run.Status());
        var iopub = run.Iopub();
        Assert.Equal(ExecuteSequence, iopub.Types());
        Assert.Equal("busy", iopub[0]!.Content()["execution_state"]!.GetValue<string>());
        Assert.Equal("idle", iopub[^1]!.Content()["execution_state"]!.GetValue<string>());
        var count = run.Reply().Content()["execution_count"]!.GetValue<int>();
        Assert.Equal(count, iopub[1]!.Content()["execution_count"]!.GetValue<int>());
        Assert.Equal("hello\n", iopub.StreamText());
        var result = iopub.OfType("execute_result").Single();
        Assert.Equal("42", result.Text());
        Assert.Equal(count, result.Content()["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Displayed_value_is_updated_in_place_under_its_display_id()
    {
        var run = Kernel.Execute("var shown = display(\"first\");\nshown.Update(\"second\");");

        Assert.Equal("ok", run.Status());
        var display = run.Iopub().OfType("display_data").Single();
        var update = run.Iopub().OfType("update_display_data").Single();
        var id = display.Content()["transient"]!["display_id"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(id, update.Content()["transient"]!["display_id"]!.GetValue<string>());
        Assert.Contains("first", display.Text());
        Assert.Contains("second", update.Text());
    }

    [Fact]
    public void A_cell_that_throws_reports_the_error_and_leaves_the_kernel_usable()
    {
        Assert.Equal("ok", Kernel.Execute("var keptAcrossError = 5;").Status());

        var failed = Kernel.Execute("throw new InvalidOperationException(\"boom\");");

        Assert.Equal("error", failed.Status());
        Assert.Contains("InvalidOperationException", failed.Reply().Content()["ename"]!.GetValue<string>());
        var error = failed.Iopub().OfType("error").Single().Content();
        Assert.Contains("InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Contains("boom", error["evalue"]!.GetValue<string>());
        var after = Kernel.Execute("keptAcrossError + 1");
        Assert.Equal("ok", after.Status());
        Assert.Equal("6", after.Iopub().OfType("execute_result").Single().Text());
    }

    [Fact]
    public void A_message_with_a_wrong_signature_is_dropped_and_never_executed()
    {
        var signed = Kernel.Send(new JsonObject { ["op"] = "raw_execute", ["code"] = "var signedByHand = 1;" });
        Assert.True(signed["replied"]!.GetValue<bool>(), "a correctly signed hand-made request must be answered");
        Assert.Equal("execute_reply", signed["reply_type"]!.GetValue<string>());

        var forged = Kernel.Send(new JsonObject { ["op"] = "raw_execute", ["code"] = "var forged = 1;", ["tamper"] = true });

        Assert.False(forged["replied"]!.GetValue<bool>());
        Assert.Contains("bad signature", Kernel.StandardError);
        Assert.Equal("ok", Kernel.Execute("signedByHand").Status());
        var probe = Kernel.Execute("forged");
        Assert.Equal("error", probe.Status());
        Assert.Contains("CS0103", probe.Iopub().OfType("error").Single().Content()["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void Heartbeat_answers_while_a_cell_runs()
    {
        using var flags = new FlagFiles();
        var running = Kernel.Send(new JsonObject
        {
            ["op"] = "send_execute",
            ["code"] = $"System.IO.File.WriteAllText(@\"{flags.Started}\", \"\");\n" +
                       $"while (!System.IO.File.Exists(@\"{flags.Release}\")) {{ }}",
        });
        flags.WaitForStarted();

        var heartbeat = Kernel.Send(new JsonObject { ["op"] = "heartbeat", ["timeout"] = 10 });

        flags.ReleaseCell();
        var done = Kernel.Send(new JsonObject { ["op"] = "collect", ["msg_ids"] = new JsonArray(running["msg_id"]!.GetValue<string>()) });
        Assert.True(heartbeat["answered"]!.GetValue<bool>());
        Assert.True(heartbeat["echo_matches"]!.GetValue<bool>());
        Assert.Equal("ok", done["replies"]![0]!.Content()["status"]!.GetValue<string>());
    }

    [Fact]
    public void Interrupt_stops_an_endless_loop_and_keeps_earlier_state()
    {
        Assert.Equal("ok", Kernel.Execute("var beforeInterrupt = 123;").Status());
        using var flags = new FlagFiles();
        var running = Kernel.Send(new JsonObject
        {
            ["op"] = "send_execute",
            ["code"] = $"System.IO.File.WriteAllText(@\"{flags.Started}\", \"\");\nlong spins = 0;\nwhile (true) {{ spins++; }}",
        });
        flags.WaitForStarted();

        Kernel.Send(new JsonObject { ["op"] = "interrupt" });

        var done = Kernel.Send(new JsonObject { ["op"] = "collect", ["msg_ids"] = new JsonArray(running["msg_id"]!.GetValue<string>()), ["timeout"] = 60 });
        Assert.Equal("error", done["replies"]![0]!.Content()["status"]!.GetValue<string>());
        var after = Kernel.Execute("beforeInterrupt");
        Assert.Equal("123", after.Iopub().OfType("execute_result").Single().Text());
    }

    [Fact]
    public void Two_hundred_rapid_requests_are_answered_and_run_in_order()
    {
        var codes = new JsonArray([.. Enumerable.Range(0, 200).Select(i => JsonValue.Create($"Console.Write(\"{i}\");\n{i}"))]);

        var result = Kernel.Send(new JsonObject { ["op"] = "execute_many", ["codes"] = codes });

        Assert.Equal(
            result["sent_order"]!.AsArray().Select(id => id!.GetValue<string>()),
            result["reply_order"]!.AsArray().Select(id => id!.GetValue<string>()));
        var replies = result["replies"]!.AsArray();
        var iopub = result["iopub"]!.AsArray();
        var first = replies[0]!.Content()["execution_count"]!.GetValue<int>();
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal("ok", replies[i]!.Content()["status"]!.GetValue<string>());
            Assert.Equal(first + i, replies[i]!.Content()["execution_count"]!.GetValue<int>());
            Assert.Equal($"{i}", iopub[i]!.AsArray().StreamText());
            Assert.Equal($"{i}", iopub[i]!.AsArray().OfType("execute_result").Single().Text());
        }
    }

    [Fact]
    public void Silent_execution_publishes_nothing_and_does_not_count()
    {
        var before = Kernel.Execute("1").Reply().Content()["execution_count"]!.GetValue<int>();

        var silent = Kernel.Execute("var setSilently = 7;\nConsole.WriteLine(\"quiet\");\nsetSilently", silent: true);

        Assert.Equal("ok", silent.Status());
        Assert.Equal(["status", "status"], silent.Iopub().Types());
        Assert.Equal(before, silent.Reply().Content()["execution_count"]!.GetValue<int>());
        var after = Kernel.Execute("setSilently");
        Assert.Equal(before + 1, after.Reply().Content()["execution_count"]!.GetValue<int>());
        Assert.Equal("7", after.Iopub().OfType("execute_result").Single().Text());
    }

    [Fact]
    public void Completion_offers_members_of_a_variable_from_earlier_cells()
    {
        Assert.Equal("ok", Kernel.Execute("var numbers = new List<int>();").Status());
        const string code = "numbers.Ad";

        var reply = Kernel.Send(new JsonObject { ["op"] = "complete", ["code"] = code, ["cursor_pos"] = code.Length });

        var content = reply.Content();
        var matches = content["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("Add", matches);
        Assert.Contains("AddRange", matches);
        Assert.Equal("numbers.".Length, content["cursor_start"]!.GetValue<int>());
        Assert.Equal(code.Length, content["cursor_end"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("var a = 1;", "complete")]
    [InlineData("if (true) {", "incomplete")]
    public void Is_complete_tells_whether_a_cell_needs_more_lines(string code, string expected)
    {
        var reply = Kernel.Send(new JsonObject { ["op"] = "is_complete", ["code"] = code });

        Assert.Equal(expected, reply.Content()["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("comm_info_request", "comm_info_reply", "comms")]
    [InlineData("history_request", "history_reply", "history")]
    public void Comm_info_and_history_are_answered_empty(string request, string replyType, string field)
    {
        var reply = Kernel.Send(new JsonObject { ["op"] = "request", ["msg_type"] = request });

        Assert.Equal(replyType, reply.Type());
        Assert.Equal("ok", reply.Content()["status"]!.GetValue<string>());
        Assert.Empty(reply.Content()[field] switch { JsonArray a => a, JsonObject o => o.Select(p => p.Value), _ => throw new InvalidOperationException() });
    }
}
