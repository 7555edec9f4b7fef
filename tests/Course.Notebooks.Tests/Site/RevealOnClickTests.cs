using Course.Notebooks.Site;

namespace Course.Notebooks.Tests.Site;

/// <summary>A lesson page shows solutions and quiz answers only behind a click, and never a solution marker.</summary>
public sealed class RevealOnClickTests
{
    private static string Code(string code) => $"<pre>{System.Net.WebUtility.HtmlEncode(code)}</pre>";

    [Fact]
    public void A_solution_region_is_behind_a_click_with_the_hint_in_its_place_and_no_markers()
    {
        const string Source = "double[] MySgdStep(double[] w, double[] grad, double lr)\n{\n    // BEGIN SOLUTION Subtract lr times the gradient.\n    return w.Select((x, i) => x - (lr * grad[i])).ToArray();\n    // END SOLUTION\n}";

        var html = RevealOnClick.Source(Source, Code);

        Assert.DoesNotContain("SOLUTION", html, StringComparison.Ordinal);
        Assert.Equal(
            "<pre>double[] MySgdStep(double[] w, double[] grad, double lr)\n{\n    // Subtract lr times the gradient.</pre>" +
            "<details class=\"reveal\"><summary>Show the solution</summary>\n<pre>return w.Select((x, i) =&gt; x - (lr * grad[i])).ToArray();</pre></details>\n" +
            "<pre>}</pre>",
            html);
    }

    [Fact]
    public void A_quiz_answer_and_its_card_are_behind_one_click_and_the_question_shows_an_ellipsis()
    {
        const string Source = "Quiz.Ask(\"03-momentum-role\", /* BEGIN SOLUTION */ 'b' /* END SOLUTION */)";
        const string Card = "<div class=\"course-check\">✓ Correct</div>";

        var source = RevealOnClick.Source(Source, Code);
        var outputs = RevealOnClick.Outputs(Source, Card, Code);

        Assert.Equal("<pre>Quiz.Ask(&quot;03-momentum-role&quot;, …)</pre>", source);
        Assert.Equal($"<details class=\"reveal\"><summary>Show the answer</summary>\n<pre>&#39;b&#39;</pre>{Card}</details>\n", outputs);
    }

    [Fact]
    public void A_cell_without_markers_is_shown_as_it_is()
    {
        const string Source = "Quiz.Show(\"03-momentum-role\")";

        Assert.Equal(Code(Source), RevealOnClick.Source(Source, Code));
        Assert.Equal("<div>question</div>", RevealOnClick.Outputs(Source, "<div>question</div>", Code));
    }
}
