namespace Course.Checks.Sessions;

/// <summary>
/// A lesson's checks as they stand in this session (this kernel, this <c>course run</c>): each check's latest
/// result, or "not tried". Shown as an HTML table card; plain text lists one line per check.
/// </summary>
/// <param name="Lesson">The lesson's number, two digits (<c>"03"</c>).</param>
/// <param name="Rows">One row per check of the lesson, exercises first, then questions.</param>
public sealed record ProgressCard(string Lesson, IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>How many checks stand at <paramref name="standing"/>.</summary>
    /// <param name="standing">The standing to count.</param>
    public int Count(CheckStanding standing) => Rows.Count(r => r.Standing == standing);

    /// <summary>The counts in one line: "4 passed · 1 failed · 2 not tried (of 7)".</summary>
    public string Summary =>
        $"{Count(CheckStanding.Passed)} passed · {Count(CheckStanding.Failed)} failed · {Count(CheckStanding.NotTried)} not tried (of {Rows.Count})";
}

/// <summary>One check on a <see cref="ProgressCard"/>.</summary>
/// <param name="Id">The question or exercise id.</param>
/// <param name="IsExercise">Whether it is an exercise (a function the learner writes) rather than a quiz question.</param>
/// <param name="Standing">Passed, failed or not tried.</param>
/// <param name="Score">Points earned in the latest result (0 when not tried).</param>
/// <param name="MaxScore">Points available, or <see langword="null"/> when not known without running the check.</param>
/// <param name="Mistake">The mistake the latest result named, if any.</param>
public sealed record ProgressRow(string Id, bool IsExercise, CheckStanding Standing, double Score, double? MaxScore, string? Mistake);
