using Course.Checks.Sessions;

namespace Course.Checks;

/// <summary>
/// How far the learner has got in a lesson, from the checks run in this session:
/// <c>Progress.Card("03")</c> in a lesson's last cell shows each of lesson 03's quiz questions and exercises as
/// passed, failed or not tried. It only reads results the check cells recorded; it runs nothing.
/// (<c>course progress</c> reads the same from saved notebooks, for every lesson.)
/// </summary>
public static class Progress
{
    /// <summary>The progress card of lesson <paramref name="lesson"/>.</summary>
    /// <param name="lesson">The lesson's number: <c>"03"</c>, <c>"3"</c>, or a notebook name such as <c>"03-momentum"</c>.</param>
    /// <returns>The card; for a lesson with no checks, a card with no rows (it never throws for any input).</returns>
    public static ProgressCard Card(string lesson)
    {
        var number = Number(lesson);
        var rows = LessonChecks.Of(number).Select(check => Row(check.Id, check.IsExercise)).ToArray();
        return new ProgressCard(number, rows);
    }

    private static ProgressRow Row(string id, bool isExercise)
    {
        var result = SessionChecks.Find(id);
        var standing = result switch
        {
            null or { Unanswered: true } => CheckStanding.NotTried,
            { Correct: true } => CheckStanding.Passed,
            _ => CheckStanding.Failed,
        };
        var maxScore = result is { MaxScore: > 0 } ? result.MaxScore : CheckCatalog.MaxScore(id);
        return new ProgressRow(id, isExercise, standing, standing == CheckStanding.NotTried ? 0 : result!.Score, maxScore, result?.Misconception?.Title);
    }

    private static string Number(string? lesson)
    {
        var digits = new string((lesson ?? string.Empty).Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            0 => (lesson ?? string.Empty).Trim(),
            1 => "0" + digits,
            _ => digits,
        };
    }
}
