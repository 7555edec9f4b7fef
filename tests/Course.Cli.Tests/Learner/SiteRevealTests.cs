using System.Text.RegularExpressions;
using Course.Cli.Tests.Tools;

namespace Course.Cli.Tests.Learner;

/// <summary>
/// The site <c>course run</c> writes from an instructor lesson shows no solution marker, and its solutions and quiz
/// answers (with their cards) only inside a <c>&lt;details&gt;</c> element, never beside the question.
/// </summary>
public sealed partial class SiteRevealTests
{
    [Fact]
    public async Task An_instructor_lesson_s_page_hides_solutions_and_answers_behind_a_click_and_shows_no_markers()
    {
        var folder = Directory.CreateTempSubdirectory("course-site-reveal-").FullName;
        var lesson = Path.Combine(folder, "03-reveal.ipynb");
        await File.WriteAllTextAsync(lesson, CodeNotebook.Of(
            "using Course.Checks;",
            "double[] MySgdStep(double[] w, double[] grad, double lr)\n{\n    // BEGIN SOLUTION Subtract lr times the gradient.\n    return w.Select((x, i) => x - (lr * grad[i])).ToArray();\n    // END SOLUTION\n}",
            "Exercise.Check(\"sgd-step\", MySgdStep)",
            "Quiz.Show(\"03-momentum-role\")",
            "Quiz.Ask(\"03-momentum-role\", /* BEGIN SOLUTION */ 'b' /* END SOLUTION */)"), TestContext.Current.CancellationToken);

        var (exitCode, output, errors) = await CourseCommand.RunAsync(["run", lesson, "--output", Path.Combine(folder, "out")]);
        Assert.True(exitCode == 0, output + errors);

        var page = await File.ReadAllTextAsync(Path.Combine(folder, "out", "site", "03-reveal.html"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("SOLUTION", page, StringComparison.Ordinal);
        var hidden = string.Concat(Details().Matches(page).Select(m => m.Value));
        var shown = Details().Replace(page, string.Empty);
        Assert.Contains("x - (lr * grad[i])", System.Net.WebUtility.HtmlDecode(hidden), StringComparison.Ordinal);
        Assert.DoesNotContain("x - (lr * grad[i])", System.Net.WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        Assert.Contains("// Subtract lr times the gradient.", System.Net.WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        Assert.Contains("data-question-id=\"03-momentum-role\" data-correct=\"true\"", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"course-check\" data-question-id=\"03-momentum-role\"", shown, StringComparison.Ordinal);
        Assert.Contains("class=\"course-question\" data-question-id=\"03-momentum-role\"", shown, StringComparison.Ordinal);
    }

    [GeneratedRegex("<details.*?</details>", RegexOptions.Singleline)]
    private static partial Regex Details();
}
