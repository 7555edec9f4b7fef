using System.Security.Cryptography;
using System.Text;

namespace Course.Grading;

/// <summary>
/// A student's name made safe for a file name without ever giving two students the same file: a name made only of
/// letters, digits, <c>-</c> and <c>_</c> is kept; any other name has its other characters replaced by <c>_</c> and
/// gets the first 8 hex digits of its SHA-256 appended, so <c>jo.ann</c> and <c>jo_ann</c> stay apart.
/// </summary>
public static class StudentFileName
{
    /// <summary>The file-name form of <paramref name="name"/>.</summary>
    /// <param name="name">A student's name as found in the submissions folder.</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 0 && name.Length <= 80 && name.All(Kept))
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        var safe = string.Concat(name.Take(80).Select(c => Kept(c) ? c : '_'));
        return $"{safe}-{hash}";
    }

    private static bool Kept(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
