namespace Course.Checks.Fallback;

/// <summary>
/// The line <see cref="Exercise"/>'s <c>Use</c> prints under a cell: whose function the cells below use, and when
/// it is the library's, why (not finished yet, or the mistake the check found).
/// </summary>
internal static class FallbackNote
{
    /// <summary>The note for the learner's function <paramref name="name"/> given its check <paramref name="result"/>.</summary>
    /// <param name="name">The function as the learner wrote it in the call, such as <c>MyMomentumStep</c>.</param>
    /// <param name="id">The exercise id.</param>
    /// <param name="result">The check's result; <see langword="null"/> when no function was given.</param>
    public static string Of(string? name, string id, CheckResult? result)
    {
        var yours = string.IsNullOrWhiteSpace(name) || name.Trim() == "null" ? "function" : name.Trim();
        const string Library = "the cells below use the library's version";
        if (result is null)
        {
            return $"ℹ No function was given for \"{id}\", so {Library}.";
        }

        if (result.Correct)
        {
            return $"✓ The cells below use your {yours}: it passes all {result.MaxScore:0} hidden cases of \"{id}\".";
        }

        if (result.Unanswered)
        {
            return $"ℹ Your {yours} is not finished yet, so {Library}. Once it passes its check above, they use yours.";
        }

        return $"✗ Your {yours} has a mistake: {Mistake(result)} Until it passes its check above, {Library}.";
    }

    private static string Mistake(CheckResult result)
    {
        if (result.Misconception is { } misconception)
        {
            return $"{misconception.Title.TrimEnd('.')} ({result.Score:0} of {result.MaxScore:0} hidden cases pass).";
        }

        var failure = result.Details.FirstOrDefault(d => d.Contains('✗', StringComparison.Ordinal) || d.Contains("did not finish", StringComparison.Ordinal));
        var firstLine = (failure ?? result.Feedback).Split('\n')[0].Trim();
        return firstLine.EndsWith('.') ? firstLine : firstLine + ".";
    }
}
