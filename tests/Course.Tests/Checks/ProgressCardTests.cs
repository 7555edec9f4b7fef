using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Checks;
using Course.Checks.Rendering;
using Course.Checks.Sessions;

namespace Course.Tests.Checks;

/// <summary>
/// <c>Progress.Card</c>: a lesson's card lists exactly the checks its notebook runs (read from the notebook's source),
/// and each stands as the latest check of this session left it — not tried, failed (with the mistake named) or passed.
/// The card's exercises come from the notebooks at build time, so the first test reads them independently (as JSON).
/// These tests use lesson 05's questions only, which no other test asks, because the session is the test process.
/// </summary>
public sealed partial class ProgressCardTests
{
    [Fact]
    public void Each_lesson_s_card_lists_exactly_the_checks_its_notebook_runs()
    {
        var lessons = Directory.GetFiles(Path.Combine(RepositoryRoot(), "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        Assert.True(lessons.Length >= 11, "expected the lessons 00–10");
        foreach (var lesson in lessons)
        {
            var name = Path.GetFileNameWithoutExtension(lesson);
            var checkedInNotebook = CheckedIds(lesson).ToArray();
            var card = Progress.Card(name[..2]).Rows;
            var onCard = card.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

            Assert.True(checkedInNotebook.Select(c => c.Id).Order(StringComparer.Ordinal).SequenceEqual(onCard), $"{name}: the notebook checks [{string.Join(", ", checkedInNotebook.Select(c => c.Id).Order(StringComparer.Ordinal))}] but its card lists [{string.Join(", ", onCard)}].");
            Assert.Equal(checkedInNotebook.Where(c => c.IsExercise).Select(c => c.Id), card.Where(r => r.IsExercise).Select(r => r.Id));
        }
    }

    [Fact]
    public void A_question_is_not_tried_until_answered_then_failed_with_its_mistake_then_passed()
    {
        const string Id = "05-effective-step";

        Quiz.Ask(Id, string.Empty);
        Assert.Equal(CheckStanding.NotTried, Row(Id).Standing);

        // 0.1·2/16 divides by the sum instead of its square root: the bank's trap for that mistake.
        Quiz.Ask(Id, 0.0125);
        var failed = Row(Id);
        Assert.Equal(CheckStanding.Failed, failed.Standing);
        Assert.Equal(Misconceptions.ForgotSqrt.Title, failed.Mistake);
        Assert.Equal(0, failed.Score);

        // After four gradients of 2, s = 16 and the step is 0.1·2/√16 = 0.05.
        Quiz.Ask(Id, 0.05);
        var passed = Row(Id);
        Assert.Equal(CheckStanding.Passed, passed.Standing);
        Assert.Equal(1, passed.Score);
        Assert.Equal(1, passed.MaxScore);
    }

    [Fact]
    public void The_card_counts_each_standing_and_shows_it_as_html_and_text()
    {
        Quiz.Ask("05-frequent-coordinates", 'a');
        Quiz.Ask("05-sum-only-grows", false);
        var card = Progress.Card("05");

        var html = ProgressHtml.ToHtml(card);
        var text = ProgressHtml.PlainText(card);
        Assert.Contains("<tr data-check-id=\"05-frequent-coordinates\" data-standing=\"passed\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-check-id=\"05-sum-only-grows\" data-standing=\"failed\">", html, StringComparison.Ordinal);
        Assert.Contains("✓ 05-frequent-coordinates (question): passed, 1 / 1", text, StringComparison.Ordinal);
        Assert.Contains("✗ 05-sum-only-grows (question): failed, 0 / 1", text, StringComparison.Ordinal);
        Assert.Equal(card.Rows.Count, card.Count(CheckStanding.Passed) + card.Count(CheckStanding.Failed) + card.Count(CheckStanding.NotTried));
        Assert.Contains($"(of {card.Rows.Count})", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("05", "05")]
    [InlineData("5", "05")]
    [InlineData(" 05-adagrad ", "05")]
    [InlineData("05-adagrad.ipynb", "05")]
    public void A_lesson_is_named_by_its_number_or_its_notebook(string lesson, string number)
    {
        Assert.Equal(number, Progress.Card(lesson).Lesson);
        Assert.NotEmpty(Progress.Card(lesson).Rows);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("adagrad")]
    [InlineData("99")]
    public void A_lesson_without_checks_gets_an_empty_card_not_an_exception(string? lesson)
    {
        var card = Progress.Card(lesson!);

        Assert.Empty(card.Rows);
        Assert.Contains("This lesson has no checks.", ProgressHtml.ToHtml(card), StringComparison.Ordinal);
    }

    private static ProgressRow Row(string id) => Progress.Card("05").Rows.Single(r => r.Id == id);

    /// <summary>The ids of the notebook's check calls in cell order, each once, and whether it is an exercise.</summary>
    private static IEnumerable<(string Id, bool IsExercise)> CheckedIds(string notebook) =>
        JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => CheckCall().Matches(string.Concat(c!["source"]!.AsArray().Select(l => l!.GetValue<string>()))))
            .Select(m => (m.Groups["id"].Value, m.Groups["kind"].Value == "Exercise.Check"))
            .DistinctBy(c => c.Item1, StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Course.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test folder");
    }

    [GeneratedRegex("""(?<kind>Quiz\.Ask|Exercise\.Check)\s*\(\s*"(?<id>[^"]+)"\s*,""")]
    private static partial Regex CheckCall();
}
