using System.Text.RegularExpressions;

namespace Course.Notebooks.Ipynb;

/// <summary>
/// The knowledge checks a code cell calls, read from its source: every <c>Quiz.Ask("id", …)</c> and
/// <c>Exercise.Check("id", …)</c>. The grader (which cells are checks) and <c>course progress</c> (which checks a
/// lesson has) read them the same way.
/// </summary>
public static partial class CheckCalls
{
    /// <summary>The check ids <paramref name="source"/> calls, in order of appearance, each once.</summary>
    public static IReadOnlyList<string> Ids(string source) =>
        Call().Matches(source).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("""(?:Quiz\.Ask|Exercise\.Check)\s*\(\s*"(?<id>[^"]+)"\s*,""")]
    private static partial Regex Call();
}
