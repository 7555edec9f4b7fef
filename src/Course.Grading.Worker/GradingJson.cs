using System.Text.Json;
using System.Text.Json.Serialization;

namespace Course.Grading.Worker;

/// <summary>The JSON settings of grading files: camelCase names, enums as strings, indented only for people.</summary>
public static class GradingJson
{
    /// <summary>Options for job files, worker reports and grades.json.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The same, indented.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
