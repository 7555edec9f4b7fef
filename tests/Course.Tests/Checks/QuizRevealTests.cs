using Course.Checks;
using Course.Checks.Rendering;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Tests.Checks;

/// <summary>
/// A quiz's card shows the verdict and what was tempting about the learner's own choice at once, but the answer and
/// its explanation only behind a click (<c>&lt;details&gt;</c>), so an answered question in the instructor notebook
/// never shows its answer beside it. Plain text and the grader's JSON keep the whole feedback.
/// </summary>
public sealed class QuizRevealTests
{
    private const string RightChoice = "It accumulates a running velocity from past gradients";

    [Fact]
    public void A_wrong_choice_shows_why_it_tempts_and_keeps_the_answer_behind_the_click()
    {
        var result = Quiz.Ask("03-momentum-role", 'a');
        var (shown, hidden) = Split(Formatter.ToDisplayString(result, "text/html"));

        Assert.Contains("You chose (a) It removes the need to choose a learning rate.", shown, StringComparison.Ordinal);
        Assert.Contains("Momentum still multiplies its velocity by a learning rate", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(RightChoice, shown, StringComparison.Ordinal);
        Assert.Contains($"The answer is (b) {RightChoice}", hidden, StringComparison.Ordinal);
        Assert.Contains($"<summary style=\"cursor:pointer;color:#82071e;font-weight:600;\">{CheckHtml.RevealSummary}</summary>", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_choice_shows_the_verdict_and_keeps_the_answer_behind_the_click()
    {
        var (shown, hidden) = Split(Formatter.ToDisplayString(Quiz.Ask("03-momentum-role", 'b'), "text/html"));

        Assert.Contains("Correct", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(RightChoice, shown, StringComparison.Ordinal);
        Assert.Contains(RightChoice, hidden, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_shows_the_learner_s_value_and_the_trap_and_keeps_the_key_behind_the_click()
    {
        // 0.9¹⁰ = 0.3486784401; 0.9⁹ = 0.387420489 is the bank's off-by-one trap.
        var (shown, hidden) = Split(Formatter.ToDisplayString(Quiz.Ask("03-momentum-decay", 0.387), "text/html"));

        Assert.Contains("You answered 0.387.", shown, StringComparison.Ordinal);
        Assert.Contains("Off by one", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.348678", shown, StringComparison.Ordinal);
        Assert.Contains("The answer is 0.348678", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public void True_false_and_ordering_answers_stay_behind_the_click_too()
    {
        var (trueFalseShown, trueFalseHidden) = Split(Formatter.ToDisplayString(Quiz.Ask("03-conventions-equivalent", true), "text/html"));
        Assert.DoesNotContain("The statement is true", trueFalseShown, StringComparison.Ordinal);
        Assert.Contains("The statement is true", trueFalseHidden, StringComparison.Ordinal);

        var ordering = Quiz.Show(Quiz.Ids.First(id => Quiz.Show(id).Kind == CheckKind.Ordering));
        var rotated = ordering.Options.Skip(1).Append(ordering.Options[0]).Select(o => o.Key.ToString()).ToArray();
        var (orderShown, orderHidden) = Split(Formatter.ToDisplayString(Quiz.Ask(ordering.Id, rotated), "text/html"));
        Assert.Contains("items are in the right place.", orderShown, StringComparison.Ordinal);
        Assert.DoesNotContain("The order is", orderShown, StringComparison.Ordinal);
        Assert.Contains("The order is", orderHidden, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_and_json_keep_the_whole_feedback_for_consoles_and_graders()
    {
        var result = Quiz.Ask("03-momentum-role", 'a');

        Assert.Contains($"The answer is (b) {RightChoice}", CheckFormatting.PlainText(result), StringComparison.Ordinal);
        Assert.Contains("The answer is (b) It accumulates", CheckJson.ToJson(result), StringComparison.Ordinal);
        Assert.EndsWith(result.Reveal!, result.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_without_an_answer_to_give_away_have_no_click()
    {
        var unanswered = Formatter.ToDisplayString(Quiz.Ask("03-momentum-role", string.Empty), "text/html");

        Assert.DoesNotContain("<details", unanswered, StringComparison.Ordinal);
        Assert.Contains("No answer yet.", unanswered, StringComparison.Ordinal);
    }

    /// <summary>The card's HTML before its <c>&lt;details&gt;</c> element (shown at once), and the element itself.</summary>
    private static (string Shown, string Hidden) Split(string html)
    {
        var start = html.IndexOf("<details", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the card has no <details>: {html}");
        var end = html.IndexOf("</details>", start, StringComparison.Ordinal);
        return (html[..start] + html[(end + "</details>".Length)..], html[start..end]);
    }
}
