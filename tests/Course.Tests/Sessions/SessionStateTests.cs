using Course.Display;
using Course.Tests.Display;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Tests.Sessions;

/// <summary>Lessons running side by side in one process each see only their own display settings.</summary>
[Collection(nameof(DisplaySettingsCollection))]
public sealed class SessionStateTests
{
    [Fact]
    public async Task Two_isolated_sessions_interleaved_each_format_with_their_own_settings_and_leave_the_process_s_alone()
    {
        TableFormatting.Register();
        var bothSet = new Barrier(2);

        // Each "lesson" sets its digits in one cell (a task of its own, as the engine runs cells) and formats in the
        // next, after the other lesson has set different digits.
        async Task<string> Lesson(int digits)
        {
            SessionState.Isolate();
            await Task.Run(() => DisplaySettings.SignificantDigits = digits, TestContext.Current.CancellationToken);
            await Task.Run(() => bothSet.SignalAndWait(TimeSpan.FromSeconds(30)), TestContext.Current.CancellationToken);
            return await Task.Run(() => Formatter.ToDisplayString(new List<double> { 1.0 / 3 }, PlainTextFormatter.MimeType), TestContext.Current.CancellationToken);
        }

        var shown = await Task.WhenAll(Lesson(2), Lesson(6));

        Assert.Equal(["[0.33]", "[0.333333]"], shown);
        Assert.Equal(DisplaySettings.DefaultSignificantDigits, DisplaySettings.SignificantDigits);
    }
}
