using System.Text.Json;
using Microsoft.Playwright;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>What became of the course's charts (<c>div.course-chart</c>) on a page, read from the DOM.</summary>
/// <param name="Count">How many chart containers the page has.</param>
/// <param name="Drawn">How many hold an SVG drawn by plotly.js (<c>.main-svg</c>).</param>
/// <param name="Messages">The messages of charts that say they could not be drawn.</param>
internal sealed record ChartsOnPage(int Count, int Drawn, IReadOnlyList<string> Messages)
{
    // At least the expected number of containers (a page still rendering its outputs has none yet), each drawn or
    // saying why not.
    private const string Settled =
        "expected => { const charts = Array.from(document.querySelectorAll('div.course-chart'));" +
        " return charts.length >= expected && charts.every(d => d.querySelector('.main-svg, .course-chart-message')); }";

    private const string Read =
        "() => { const charts = Array.from(document.querySelectorAll('div.course-chart'));" +
        " return JSON.stringify({ count: charts.length, drawn: charts.filter(d => d.querySelector('.main-svg')).length," +
        " messages: charts.map(d => d.querySelector('.course-chart-message')).filter(m => m).map(m => m.textContent) }); }";

    /// <summary>
    /// Waits until the page has at least <paramref name="expected"/> charts and every one is drawn or says why not (or
    /// the timeout passes), then reads them.
    /// </summary>
    public static async Task<ChartsOnPage> SettleAsync(IPage page, int expected, TimeSpan timeout)
    {
        try
        {
            await page.WaitForFunctionAsync(Settled, expected, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 200 });
        }
        catch (TimeoutException)
        {
            // Reported below: too few charts, or some chart neither drew nor said why.
        }

        using var json = JsonDocument.Parse(await page.EvaluateAsync<string>(Read));
        var root = json.RootElement;
        return new ChartsOnPage(
            root.GetProperty("count").GetInt32(),
            root.GetProperty("drawn").GetInt32(),
            [.. root.GetProperty("messages").EnumerateArray().Select(m => m.GetString() ?? string.Empty)]);
    }
}
