using System.Text.Json.Serialization;

namespace Course.Kernel.Specs;

/// <summary>The <c>kernel.json</c> of a kernelspec: how Jupyter clients start this kernel and what to call it.</summary>
/// <param name="Argv">Command line; <c>{connection_file}</c> is replaced by the client with the connection file's path.</param>
/// <param name="DisplayName">Name shown in kernel pickers.</param>
/// <param name="Language">Language name, matched against a notebook's <c>language_info</c>.</param>
/// <param name="InterruptMode"><c>message</c>: clients interrupt with an <c>interrupt_request</c> on the control channel.</param>
public sealed record KernelSpec(
    [property: JsonPropertyName("argv")] IReadOnlyList<string> Argv,
    [property: JsonPropertyName("display_name")] string DisplayName,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("interrupt_mode")] string InterruptMode)
{
    /// <summary>The kernelspec name the lessons' notebook metadata uses.</summary>
    public const string DefaultName = "course-csharp";

    /// <summary>The display name of the course kernel.</summary>
    public const string CourseDisplayName = "C# (course)";

    /// <summary>The course kernel's spec: <c>dotnet Course.Cli.dll kernel --connection-file {connection_file}</c>.</summary>
    /// <param name="dotnetHost">Absolute path of the <c>dotnet</c> host.</param>
    /// <param name="cliAssembly">Absolute path of the built <c>Course.Cli.dll</c>.</param>
    public static KernelSpec ForCourse(string dotnetHost, string cliAssembly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dotnetHost);
        ArgumentException.ThrowIfNullOrWhiteSpace(cliAssembly);
        return new KernelSpec(
            [dotnetHost, cliAssembly, "kernel", "--connection-file", "{connection_file}"],
            CourseDisplayName,
            "C#",
            "message");
    }
}
