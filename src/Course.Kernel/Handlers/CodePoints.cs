namespace Course.Kernel.Handlers;

/// <summary>
/// Converts cursor positions between Jupyter's unit (Unicode code points, protocol 5.2 and later) and
/// .NET string indexes (UTF-16 code units).
/// </summary>
public static class CodePoints
{
    /// <summary>The UTF-16 index of the <paramref name="codePoints"/>-th code point, clamped to the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="codePoints">A position counted in code points.</param>
    public static int ToUtf16Index(string text, int codePoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
        {
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }

        return index;
    }

    /// <summary>How many code points precede UTF-16 index <paramref name="utf16Index"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="utf16Index">A UTF-16 index into the text.</param>
    public static int ToCodePointIndex(string text, int utf16Index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(utf16Index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utf16Index, text.Length);
        var count = 0;
        for (var index = 0; index < utf16Index; count++)
        {
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }

        return count;
    }
}
