using System.Text.RegularExpressions;

namespace Course.Notebooks.Site;

/// <summary>
/// Takes the nbgrader-style solution markers out of a code cell as the site shows it: whole
/// <c>// BEGIN SOLUTION</c> / <c>// END SOLUTION</c> lines and inline <c>/* BEGIN SOLUTION */</c> /
/// <c>/* END SOLUTION */</c> comments go, the code between them stays. The notebook itself is not changed.
/// </summary>
internal static partial class SolutionMarkers
{
    public static string Hide(string code) =>
        InlineMarker().Replace(MarkerLine().Replace(code, string.Empty), string.Empty);

    [GeneratedRegex(@"^[ \t]*//[ \t]*(BEGIN|END) SOLUTION[^\n]*\n?", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"[ \t]?/\*[ \t]*(BEGIN|END) SOLUTION[ \t]*\*/")]
    private static partial Regex InlineMarker();
}
