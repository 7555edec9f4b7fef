using Course.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Browser.Tests;

/// <summary>
/// The lesson page's controls where a learner could lose work or be left waiting: "Reset lesson" asks first and keeps
/// every edit when the learner declines; Stop pressed while .NET is still starting frees the page, which then runs cells.
/// </summary>
public sealed class LessonControlsTests(BrowserSiteFixture site)
{
    private const string Edit = "// my own note, not the lesson's";

    [Fact]
    public async Task Reset_asks_first_keeps_the_edits_when_declined_and_restores_the_lesson_when_confirmed()
    {
        site.RequireBrowser();
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync(problems);
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(site.Address + "02-mini-batches.html");
        var editor = page.Locator("section.cell.code .cm-content").First;
        var original = await editor.InnerTextAsync();
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.TypeAsync(Edit);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => localStorage.getItem('course-browser:02-mini-batches') !== null");

        var questions = new List<string>();
        var answer = false;
        page.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            await (answer ? dialog.AcceptAsync() : dialog.DismissAsync());
        };
        await page.ClickAsync("#reset");
        await AnsweredAsync(questions, 1);
        Assert.Contains("Reset this lesson?", questions[0]);
        Assert.StartsWith(Edit, await editor.InnerTextAsync());
        Assert.NotNull(await page.EvaluateAsync<string?>("localStorage.getItem('course-browser:02-mini-batches')"));

        answer = true;
        await page.ClickAsync("#reset");
        await AnsweredAsync(questions, 2);
        Assert.Equal(original, await editor.InnerTextAsync());
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('course-browser:02-mini-batches')"));

        await page.ReloadAsync();
        Assert.Equal(original, await page.Locator("section.cell.code .cm-content").First.InnerTextAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Stop_while_dotnet_is_starting_frees_the_page_and_the_next_start_runs_cells()
    {
        site.RequireBrowser();
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync(problems);
        page.SetDefaultTimeout(300_000);

        // Hold the runtime's download until Stop is pressed, so the cell is certainly still waiting for .NET.
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.Context.RouteAsync("**/_framework/dotnet.native.wasm", async route =>
        {
            await stopped.Task;
            await route.FallbackAsync();
        });
        await page.GotoAsync(site.Address + "01-gradient-descent.html");
        var first = page.Locator("section.cell.code").First;
        await first.Locator(".run-cell").ClickAsync();
        Assert.Equal("busy", await page.EvaluateAsync<string>("document.body.dataset.kernel"));

        await page.ClickAsync("#stop");
        stopped.SetResult();
        Assert.Contains("Stopped before C# had started", await first.Locator(".outputs").InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.body.classList.contains('busy')"));

        await first.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("6 * 7");
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('section.cell.code').dataset.status");
        Assert.Equal("Succeeded", await first.GetAttributeAsync("data-status"));
        Assert.Equal("42", (await first.Locator(".outputs").InnerTextAsync()).Trim());
        Assert.Empty(problems);
    }

    /// <summary>Waits until the page has asked <paramref name="count"/> questions (a dialog is answered off the click).</summary>
    private static async Task AnsweredAsync(List<string> questions, int count)
    {
        for (var waited = 0; questions.Count < count && waited < 100; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(count, questions.Count);
    }
}
