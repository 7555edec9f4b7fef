using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

public sealed class ConsoleInputTests
{
    [Fact]
    public async Task Console_ReadLine_asks_a_client_that_takes_input()
    {
        using var session = new ScriptSession();
        var sink = new AnsweringSink("Ada");

        var result = await session.ExecuteAsync("Console.Write(\"Name: \");\nvar name = Console.ReadLine();\nConsole.WriteLine($\"Hello, {name}\");", sink, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(["Name: "], sink.Prompts);
        Assert.Equal("Name: Hello, Ada\n", sink.Recorded.StandardOutput);
    }

    [Fact]
    public async Task Console_ReadLine_where_no_one_can_answer_is_a_clear_error()
    {
        using var session = new ScriptSession();
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync("var line = Console.ReadLine();", sink, TestContext.Current.CancellationToken);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.Single(sink.Errors);
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Contains("no one can answer", error.Value);
    }

    private sealed class AnsweringSink(string answer) : IOutputSink, ICellInput
    {
        public RecordingSink Recorded { get; } = new();

        public List<string> Prompts { get; } = [];

        public string ReadLine(string prompt)
        {
            Prompts.Add(prompt);
            return answer;
        }

        public void WriteStream(OutputStream stream, string text) => Recorded.WriteStream(stream, text);

        public void WriteDisplay(FormattedValue value, string displayId) => Recorded.WriteDisplay(value, displayId);

        public void UpdateDisplay(FormattedValue value, string displayId) => Recorded.UpdateDisplay(value, displayId);

        public void WriteResult(FormattedValue value, int executionCount) => Recorded.WriteResult(value, executionCount);

        public void WriteError(CellError error) => Recorded.WriteError(error);
    }
}
