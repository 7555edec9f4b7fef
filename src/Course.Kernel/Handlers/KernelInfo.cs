using System.Text.Json.Nodes;
using Course.Kernel.Messaging;

namespace Course.Kernel.Handlers;

/// <summary>What the kernel says about itself in <c>kernel_info_reply</c>.</summary>
public static class KernelInfo
{
    /// <summary>The implementation name reported to clients.</summary>
    public const string Implementation = "course";

    /// <summary>The content of a <c>kernel_info_reply</c>.</summary>
    public static JsonObject ReplyContent() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageHeader.ProtocolVersion,
        ["implementation"] = Implementation,
        ["implementation_version"] = typeof(KernelInfo).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = "14.0",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = "C# (course): the optimizer course's notebook engine (Roslyn C# scripting)",
        ["help_links"] = new JsonArray(),
    };
}
