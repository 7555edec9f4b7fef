using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>Inspect, is_complete, completion kinds, comms and stdin, driven by jupyter_client.</summary>
public sealed class KernelHelpTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private KernelBridge Kernel => fixture.Kernel;

    [Fact]
    public void Inspect_replies_with_the_signature_and_documentation_summary()
    {
        const string code = "Math.Sqrt(2)";

        var reply = Kernel.Send(new JsonObject { ["op"] = "inspect", ["code"] = code, ["cursor_pos"] = "Math.Sq".Length });

        Assert.Equal("inspect_reply", reply.Type());
        var content = reply.Content();
        Assert.Equal("ok", content["status"]!.GetValue<string>());
        Assert.True(content["found"]!.GetValue<bool>());
        var plain = content["data"]!["text/plain"]!.GetValue<string>();
        var markdown = content["data"]!["text/markdown"]!.GetValue<string>();
        Assert.StartsWith("double Math.Sqrt(double d)", plain);
        Assert.Contains("square root", plain);
        Assert.Contains("```csharp\ndouble Math.Sqrt(double d)\n```", markdown);
    }

    [Fact]
    public void Inspect_with_nothing_under_the_cursor_still_replies_not_found()
    {
        var reply = Kernel.Send(new JsonObject { ["op"] = "inspect", ["code"] = "   ", ["cursor_pos"] = 1 });

        Assert.Equal("ok", reply.Content()["status"]!.GetValue<string>());
        Assert.False(reply.Content()["found"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("var a = 1;", "complete", null)]
    [InlineData("for (int i=0;i<3;i++) {", "incomplete", "    ")]
    [InlineData("for (int i=0;i<3;i++) {\n    if (i > 1) {", "incomplete", "        ")]
    [InlineData("var s = \"abc", "invalid", null)]
    [InlineData("}", "invalid", null)]
    [InlineData("var 1x = 2;", "invalid", null)]
    public void Is_complete_answers_complete_incomplete_with_indent_or_invalid(string code, string status, string? indent)
    {
        var reply = Kernel.Send(new JsonObject { ["op"] = "is_complete", ["code"] = code });

        var content = reply.Content();
        Assert.Equal(status, content["status"]!.GetValue<string>());
        Assert.Equal(indent, content["indent"]?.GetValue<string>());
    }

    [Fact]
    public void Completion_items_carry_their_types()
    {
        const string code = "Math.";

        var reply = Kernel.Send(new JsonObject { ["op"] = "complete", ["code"] = code, ["cursor_pos"] = code.Length });

        var content = reply.Content();
        var types = content["metadata"]!["_jupyter_types_experimental"]!.AsArray()
            .ToDictionary(t => t!["text"]!.GetValue<string>(), t => t!["type"]!.GetValue<string>());
        Assert.Equal(content["matches"]!.AsArray().Count, types.Count);
        Assert.Equal("method", types["Sqrt"]);
        Assert.Equal("field", types["PI"]);
    }

    [Fact]
    public void A_comm_to_an_unknown_target_is_closed()
    {
        var opened = Kernel.Send(new JsonObject { ["op"] = "comm_open", ["comm_id"] = "c0ffee", ["target_name"] = "jupyter.widget" });

        var close = Assert.Single(opened["iopub"]!.AsArray().OfType("comm_close"));
        Assert.Equal("c0ffee", close.Content()["comm_id"]!.GetValue<string>());
    }

    [Fact]
    public void Console_ReadLine_asks_the_client_on_stdin_when_it_allows_input()
    {
        var run = Kernel.Send(new JsonObject
        {
            ["op"] = "execute_with_input",
            ["code"] = "Console.Write(\"Your name: \");\nvar name = Console.ReadLine();\nConsole.WriteLine($\"Hello, {name}!\");",
            ["answers"] = new JsonArray("Ada"),
        });

        Assert.Equal("ok", run.Status());
        Assert.Equal("Your name: ", Assert.Single(run["input_requests"]!.AsArray())!["prompt"]!.GetValue<string>());
        Assert.Equal("Your name: Hello, Ada!\n", run.Iopub().StreamText());
    }

    [Fact]
    public void Console_ReadLine_without_stdin_is_a_clear_error()
    {
        var run = Kernel.Send(new JsonObject { ["op"] = "execute", ["code"] = "var line = Console.ReadLine();", ["allow_stdin"] = false });

        Assert.Equal("error", run.Status());
        Assert.Contains("allow_stdin", run.Iopub().OfType("error").Single().Content()["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void Anonymous_objects_read_as_members_and_numbers_carry_no_stylesheet()
    {
        var anonymous = Kernel.Execute("var x = \"x\";\nnew { a = 1, b = x }");
        var number = Kernel.Execute("6 * 7");

        var text = anonymous.Iopub().OfType("execute_result").Single().Text();
        Assert.DoesNotContain("AnonymousType", text);
        Assert.Contains("x", text);
        var data = number.Iopub().OfType("execute_result").Single().Content()["data"]!.AsObject();
        Assert.Equal(["text/plain"], data.Select(p => p.Key));
    }
}
