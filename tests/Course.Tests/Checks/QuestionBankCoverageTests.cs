using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Checks;

namespace Course.Tests.Checks;

/// <summary>
/// Every question in the bank is asked by a lesson (no orphans), every question a lesson asks is in the bank, and the
/// three knowledge-check questions of the course's first source text are asked where their topics are taught.
/// </summary>
public sealed partial class QuestionBankCoverageTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> AskedByLesson = new(ReadLessons);

    [Fact]
    public void Every_question_in_the_bank_is_asked_by_some_lesson()
    {
        var asked = AskedByLesson.Value.Values.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);

        var orphans = Quiz.Ids.Where(id => !asked.Contains(id)).ToArray();
        Assert.True(orphans.Length == 0, $"asked by no lesson: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Every_question_a_lesson_asks_is_in_the_bank()
    {
        var unknown = AskedByLesson.Value.SelectMany(l => l.Value.Where(id => !Quiz.Ids.Contains(id)).Select(id => $"{l.Key}: {id}")).ToArray();

        Assert.True(unknown.Length == 0, $"not in the bank: {string.Join(", ", unknown)}");
    }

    [Theory]
    [InlineData("01-gradient-descent", "01-sgd-weakness")]
    [InlineData("03-momentum", "03-momentum-role")]
    [InlineData("07-adam", "07-adam-idea")]
    public void The_first_source_text_s_three_questions_are_asked_in_lessons_01_03_and_07(string lesson, string question)
    {
        Assert.Contains(question, AskedByLesson.Value[lesson]);
    }

    private static IReadOnlyDictionary<string, string[]> ReadLessons()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Course.sln")))
        {
            folder = folder.Parent;
        }

        var notebooks = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test folder"), "notebooks");
        var lessons = Directory.GetFiles(notebooks, "*.ipynb");
        Assert.True(lessons.Length >= 10, $"expected the ten lessons in {notebooks}");
        return lessons.ToDictionary(
            path => Path.GetFileNameWithoutExtension(path),
            path => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
                .Where(cell => cell!["cell_type"]!.GetValue<string>() == "code")
                .SelectMany(cell => AskCall().Matches(Source(cell!)).Select(m => m.Groups["id"].Value))
                .Distinct(StringComparer.Ordinal)
                .ToArray());
    }

    private static string Source(JsonNode cell) => cell["source"] is JsonArray lines
        ? string.Concat(lines.Select(l => l!.GetValue<string>()))
        : cell["source"]!.GetValue<string>();

    [GeneratedRegex("""Quiz\.(?:Ask|Predict)\s*\(\s*"(?<id>[^"]+)"\s*,""")]
    private static partial Regex AskCall();
}
