using System.Text.Json;

namespace Course.Checks.Rendering;

/// <summary>
/// The machine-readable form of a <see cref="CheckResult"/>, written under
/// <see cref="CheckFormatting.JsonMimeType"/>: <c>{questionId, kind, correct, score, maxScore, misconception, unanswered, feedback, details}</c>.
/// </summary>
public static class CheckJson
{
    /// <summary>Serialises <paramref name="result"/> as one JSON object.</summary>
    /// <param name="result">The result to serialise.</param>
    public static string ToJson(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("questionId", result.QuestionId);
            writer.WriteString("kind", KindName(result.Kind));
            writer.WriteBoolean("correct", result.Correct);
            writer.WriteNumber("score", result.Score);
            writer.WriteNumber("maxScore", result.MaxScore);
            if (result.Misconception is { } misconception)
            {
                writer.WriteString("misconception", misconception.Id);
            }
            else
            {
                writer.WriteNull("misconception");
            }

            writer.WriteBoolean("unanswered", result.Unanswered);
            writer.WriteString("feedback", result.Feedback);
            writer.WriteStartArray("details");
            foreach (var line in result.Details)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The kebab-case name of a kind as it appears in JSON, such as <c>"multiple-choice"</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(CheckKind kind) => kind switch
    {
        CheckKind.MultipleChoice => "multiple-choice",
        CheckKind.TrueFalse => "true-false",
        CheckKind.Numeric => "numeric",
        CheckKind.Ordering => "ordering",
        CheckKind.Exercise => "exercise",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
