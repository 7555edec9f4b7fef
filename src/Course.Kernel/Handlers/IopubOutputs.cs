using System.Text.Json.Nodes;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;
using Course.Notebooks.Execution;

namespace Course.Kernel.Handlers;

/// <summary>
/// The engine's output sink for one <c>execute_request</c>: publishes each output on IOPub as a child
/// of the request, or nothing at all for a silent request, and answers <c>Console.ReadLine()</c> through
/// the stdin channel when the request allows it. Safe to call from the cell's thread.
/// </summary>
public sealed class IopubOutputs : IOutputSink, ICellInput
{
    private readonly KernelSockets sockets;
    private readonly MessageFactory messages;
    private readonly JupyterMessage request;
    private readonly int executionCount;
    private readonly bool silent;
    private readonly ChartScriptOnce charts;
    private readonly StdinChannel? input;
    private readonly CancellationToken cancellation;

    /// <summary>Creates the outputs of one execute request.</summary>
    /// <param name="sockets">Where to publish.</param>
    /// <param name="messages">Builds the messages.</param>
    /// <param name="request">The execute request (parent of every output).</param>
    /// <param name="executionCount">The kernel's execution count for this cell, shown with its result.</param>
    /// <param name="silent">Whether the request asked for no output.</param>
    /// <param name="charts">Adds plotly.js to the session's first chart.</param>
    /// <param name="input">Asks the client for input; <see langword="null"/> when the request has <c>allow_stdin: false</c>.</param>
    /// <param name="cancellation">The cell's interrupt, which stops a wait for input.</param>
    public IopubOutputs(
        KernelSockets sockets,
        MessageFactory messages,
        JupyterMessage request,
        int executionCount,
        bool silent,
        ChartScriptOnce charts,
        StdinChannel? input,
        CancellationToken cancellation)
    {
        this.input = input;
        this.cancellation = cancellation;
        this.charts = charts;
        this.sockets = sockets;
        this.messages = messages;
        this.request = request;
        this.executionCount = executionCount;
        this.silent = silent;
    }

    /// <inheritdoc/>
    public void WriteStream(OutputStream stream, string text) =>
        Publish("stream", () => new JsonObject
        {
            ["name"] = stream == OutputStream.StandardError ? "stderr" : "stdout",
            ["text"] = text,
        });

    /// <inheritdoc/>
    public void WriteDisplay(FormattedValue value, string displayId) =>
        Publish("display_data", () => DisplayContent(charts.Apply(value), displayId));

    /// <inheritdoc/>
    public void UpdateDisplay(FormattedValue value, string displayId) =>
        Publish("update_display_data", () => DisplayContent(charts.Apply(value), displayId));

    /// <inheritdoc/>
    public void WriteResult(FormattedValue value, int executionCount) =>
        Publish("execute_result", () => new JsonObject
        {
            ["execution_count"] = this.executionCount,
            ["data"] = MimeBundle.ToJson(charts.Apply(value)),
            ["metadata"] = new JsonObject(),
        });

    /// <inheritdoc/>
    public void WriteError(CellError error) => Publish("error", () => ErrorContent(error));

    /// <inheritdoc/>
    public string ReadLine(string prompt) =>
        input?.ReadLine(request, prompt, cancellation)
        ?? throw new InvalidOperationException(
            "Console.ReadLine() needs someone to type a line, but this client does not take input "
            + "(its request said allow_stdin: false, as nbconvert and other unattended runs do). Set the value in code instead.");

    /// <summary>The <c>ename</c>, <c>evalue</c> and <c>traceback</c> fields shared by the error broadcast and the reply.</summary>
    /// <param name="error">The engine's error report.</param>
    public static JsonObject ErrorContent(CellError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["traceback"] = new JsonArray([.. error.Traceback.Select(line => JsonValue.Create(line))]),
        };
    }

    private static JsonObject DisplayContent(FormattedValue value, string displayId) => new()
    {
        ["data"] = MimeBundle.ToJson(value),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };

    private void Publish(string messageType, Func<JsonObject> content)
    {
        if (!silent)
        {
            sockets.Send(KernelChannel.Iopub, messages.Broadcast(request, messageType, content()));
        }
    }
}
