using System.Text.Json.Nodes;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>Reading the bridge's simplified messages: <c>{msg_type, parent_id, content}</c>.</summary>
internal static class Messages
{
    public static JsonArray Iopub(this JsonObject execution) => execution["iopub"]!.AsArray();

    public static JsonObject Reply(this JsonObject execution) => execution["reply"]!.AsObject();

    public static JsonObject Content(this JsonNode message) => message["content"]!.AsObject();

    public static string Type(this JsonNode message) => message["msg_type"]!.GetValue<string>();

    public static IReadOnlyList<string> Types(this JsonArray messages) => [.. messages.Select(m => m!.Type())];

    public static IEnumerable<JsonNode> OfType(this JsonArray messages, string type) =>
        messages.Where(m => m!.Type() == type).Select(m => m!);

    public static string Status(this JsonObject execution) => execution.Reply().Content()["status"]!.GetValue<string>();

    public static string Text(this JsonNode message, string mimeType = "text/plain") =>
        message.Content()["data"]![mimeType]!.GetValue<string>();

    public static string StreamText(this JsonArray messages) =>
        string.Concat(messages.OfType("stream").Select(m => m.Content()["text"]!.GetValue<string>()));
}
