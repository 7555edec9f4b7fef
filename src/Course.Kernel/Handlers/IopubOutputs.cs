using System.Text.Json.Nodes;
using Course.Kernel.Execution;
using Course.Kernel.Messaging;
using Course.Kernel.Sockets;

namespace Course.Kernel.Handlers;

/// <summary>
/// Publishes one cell's outputs on IOPub as children of its <c>execute_request</c>; publishes nothing
/// for a silent request. Remembers the error, which the <c>execute_reply</c> repeats.
/// </summary>
public sealed class IopubOutputs : ICellOutputs
{
    private readonly KernelSockets sockets;
    private readonly MessageFactory messages;
    private readonly JupyterMessage request;
    private readonly int executionCount;
    private readonly bool silent;

    /// <summary>Creates the outputs of one execute request.</summary>
    /// <param name="sockets">Where to publish.</param>
    /// <param name="messages">Builds the messages.</param>
    /// <param name="request">The execute request (parent of every output).</param>
    /// <param name="executionCount">The cell's execution count, shown with its result.</param>
    /// <param name="silent">Whether the request asked for no output.</param>
    public IopubOutputs(KernelSockets sockets, MessageFactory messages, JupyterMessage request, int executionCount, bool silent)
    {
        this.sockets = sockets;
        this.messages = messages;
        this.request = request;
        this.executionCount = executionCount;
        this.silent = silent;
    }

    /// <summary>The error the cell reported, if any: <c>ename</c>, <c>evalue</c> and <c>traceback</c>.</summary>
    public JsonObject? ErrorContent { get; private set; }

    /// <inheritdoc/>
    public void Stream(string name, string text) =>
        Publish("stream", new JsonObject { ["name"] = name, ["text"] = text });

    /// <inheritdoc/>
    public void Display(IReadOnlyDictionary<string, string> data, string? displayId) =>
        Publish("display_data", DisplayContent(data, displayId));

    /// <inheritdoc/>
    public void UpdateDisplay(IReadOnlyDictionary<string, string> data, string displayId) =>
        Publish("update_display_data", DisplayContent(data, displayId));

    /// <inheritdoc/>
    public void Result(IReadOnlyDictionary<string, string> data) =>
        Publish("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = MimeBundle.ToJson(data),
            ["metadata"] = new JsonObject(),
        });

    /// <inheritdoc/>
    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        ErrorContent = new JsonObject
        {
            ["ename"] = name,
            ["evalue"] = message,
            ["traceback"] = new JsonArray([.. traceback.Select(line => JsonValue.Create(line))]),
        };
        Publish("error", (JsonObject)ErrorContent.DeepClone());
    }

    private static JsonObject DisplayContent(IReadOnlyDictionary<string, string> data, string? displayId)
    {
        var content = new JsonObject { ["data"] = MimeBundle.ToJson(data), ["metadata"] = new JsonObject() };
        if (displayId is not null)
        {
            content["transient"] = new JsonObject { ["display_id"] = displayId };
        }

        return content;
    }

    private void Publish(string messageType, JsonObject content)
    {
        if (!silent)
        {
            sockets.Send(KernelChannel.Iopub, messages.Broadcast(request, messageType, content));
        }
    }
}
