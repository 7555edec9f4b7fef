using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

public sealed class TimeoutTests
{
    private static async Task<(CellResult, RecordingSink)> Run(ScriptSession session, string code, CancellationToken? token = null)
    {
        var sink = new RecordingSink();
        return (await session.ExecuteAsync(code, sink, token ?? TestContext.Current.CancellationToken), sink);
    }

    [Fact]
    public async Task An_infinite_loop_is_stopped_at_the_timeout_and_the_session_goes_on()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { CellTimeout = TimeSpan.FromSeconds(1) });
        await Run(session, "var before = 1;");

        var (result, sink) = await Run(session, "long n = 0;\nwhile (true) { n++; }");

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal("Cell timed out after 1 s", Assert.Single(sink.Errors).Value);
        var (after, afterSink) = await Run(session, "before + 1");
        Assert.True(after.Succeeded);
        Assert.Equal("2", Assert.IsType<RecordingSink.Result>(Assert.Single(afterSink.Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task Endless_recursion_through_a_local_function_and_a_lambda_is_stopped()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { CellTimeout = TimeSpan.FromSeconds(1) });

        var (result, _) = await Run(session, "void Spin() { Func<int, int> f = x => { for (;;) { x++; } }; f(0); }\nSpin();");

        Assert.Equal(CellStatus.TimedOut, result.Status);
    }

    [Fact]
    public async Task Cancelling_the_token_interrupts_the_cell()
    {
        using var session = new ScriptSession();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        interrupt.CancelAfter(TimeSpan.FromSeconds(1));

        var (result, sink) = await Run(session, "var i = 0;\ndo { i++; } while (i >= 0 || true);", interrupt.Token);

        Assert.Equal(CellStatus.Interrupted, result.Status);
        Assert.Equal("Interrupted", Assert.Single(sink.Errors).Name);
    }
}
