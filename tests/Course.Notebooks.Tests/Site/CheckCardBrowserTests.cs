using Course.Checks;
using Course.Checks.Rendering;
using Course.Notebooks.Tests.Tools;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// A quiz's card in Chromium, as a notebook front end or the site shows it: the verdict and what made the learner's
/// choice tempting are visible at once, the right answer and its explanation only after a click on the card's
/// <c>&lt;summary&gt;</c>; and the progress card shows each check's standing.
/// </summary>
public sealed class CheckCardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string RightChoice = "It accumulates a running velocity from past gradients";

    [Fact]
    public async Task The_answer_is_hidden_until_the_learner_clicks_and_the_progress_card_reads_as_a_table()
    {
        var wrong = CheckHtml.ToHtml(Quiz.Ask("03-momentum-role", 'a'));
        var right = CheckHtml.ToHtml(Quiz.Ask("03-momentum-role", 'b'));
        var progress = ProgressHtml.ToHtml(Progress.Card("03"));
        var file = Path.Combine(Directory.CreateTempSubdirectory("course-check-card-").FullName, "page.html");
        await File.WriteAllTextAsync(file, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"wrong\">{wrong}</div><div id=\"right\">{right}</div><div id=\"progress\">{progress}</div></body></html>", TestContext.Current.CancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        var wrongCard = page.Locator("#wrong");
        Assert.Contains("Momentum still multiplies its velocity by a learning rate", await wrongCard.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(RightChoice, await wrongCard.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(RightChoice, await page.Locator("#right").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.GetByText(RightChoice).First.IsVisibleAsync());

        await wrongCard.GetByText(CheckHtml.RevealSummary).ClickAsync();
        Assert.Contains($"The answer is (b) {RightChoice}", await wrongCard.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(RightChoice, await page.Locator("#right").InnerTextAsync(), StringComparison.Ordinal);

        var row = page.Locator("#progress tr[data-check-id=\"03-momentum-role\"]");
        Assert.Contains("passed", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Progress.Card("03").Rows.Count, await page.Locator("#progress tbody tr").CountAsync());
    }
}
