using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

/// <summary>Remembers every output in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    public List<object> Outputs { get; } = [];

    public string StandardOutput => string.Concat(Outputs.OfType<StreamText>().Where(s => s.Stream == OutputStream.StandardOutput).Select(s => s.Text));

    public IEnumerable<CellError> Errors => Outputs.OfType<CellError>();

    public void WriteStream(OutputStream stream, string text) => Outputs.Add(new StreamText(stream, text));

    public void WriteDisplay(FormattedValue value, string displayId) => Outputs.Add(new Displayed(value, displayId));

    public void UpdateDisplay(FormattedValue value, string displayId) => Outputs.Add(new Updated(value, displayId));

    public void WriteResult(FormattedValue value, int executionCount) => Outputs.Add(new Result(value, executionCount));

    public void WriteError(CellError error) => Outputs.Add(error);

    public sealed record StreamText(OutputStream Stream, string Text);

    public sealed record Displayed(FormattedValue Value, string DisplayId);

    public sealed record Updated(FormattedValue Value, string DisplayId);

    public sealed record Result(FormattedValue Value, int ExecutionCount);
}
