using System.Text.Json;
using Course.Checks;
using Course.Checks.Rendering;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Tests.Checks;

public sealed class CheckFormattingTests
{
    [Fact]
    public void Check_results_prefer_html_and_the_check_json_mime_type()
    {
        _ = Quiz.Ask("03-momentum-decay", 0.35);
        var preferred = Formatter.GetPreferredMimeTypesFor(typeof(CheckResult)).ToArray();
        Assert.Contains("text/html", preferred);
        Assert.Contains(CheckFormatting.JsonMimeType, preferred);
    }

    [Fact]
    public void Html_card_shows_the_verdict()
    {
        var right = Formatter.ToDisplayString(Quiz.Ask("03-momentum-decay", 0.35), "text/html");
        var wrong = Formatter.ToDisplayString(Quiz.Ask("03-momentum-decay", 9.0), "text/html");
        Assert.Contains("✓", right, StringComparison.Ordinal);
        Assert.Contains("data-correct=\"true\"", right, StringComparison.Ordinal);
        Assert.Contains("✗", wrong, StringComparison.Ordinal);
        Assert.Contains("data-correct=\"false\"", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", right, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_card_encodes_learner_text()
    {
        var html = CheckHtml.ToHtml(Quiz.Ask("<script>alert(1)</script>", "x"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_parses_with_the_grader_fields()
    {
        var json = Formatter.ToDisplayString(Quiz.Ask("04-nesterov-trait", "b"), CheckFormatting.JsonMimeType);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("04-nesterov-trait", root.GetProperty("questionId").GetString());
        Assert.Equal("multiple-choice", root.GetProperty("kind").GetString());
        Assert.False(root.GetProperty("correct").GetBoolean());
        Assert.Equal(0, root.GetProperty("score").GetDouble());
        Assert.Equal(1, root.GetProperty("maxScore").GetDouble());
        Assert.Equal("lookahead-at-current-point", root.GetProperty("misconception").GetString());
    }

    [Fact]
    public void Question_view_renders_its_options()
    {
        var html = Formatter.ToDisplayString(Quiz.Show("05-frequent-coordinates"), "text/html");
        Assert.Contains("(a)", html, StringComparison.Ordinal);
        Assert.Contains("(c)", html, StringComparison.Ordinal);
    }
}
