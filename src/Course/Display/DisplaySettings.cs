namespace Course.Display;

/// <summary>
/// How the course's table formatter shows numbers and long sequences, for the rest of the session
/// (like pandas' <c>display.precision</c> and <c>display.max_rows</c>). The settings belong to the session
/// (<see cref="SessionState"/>): a kernel's settings are its process's; <c>course run</c> gives each lesson its own.
/// </summary>
public static class DisplaySettings
{
    /// <summary>The number of significant digits shown when none was set.</summary>
    public const int DefaultSignificantDigits = 4;

    /// <summary>The number of rows shown when none was set.</summary>
    public const int DefaultMaxRows = 60;

    /// <summary>Significant digits of every floating-point number in a table or list (1 to 15; default 4): 0.8181818 shows as 0.8182.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 15.</exception>
    public static int SignificantDigits
    {
        get => SessionState.Current.SignificantDigits;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 15);
            SessionState.Current.SignificantDigits = value;
        }
    }

    /// <summary>Rows of a table shown before the rest are summarised as "… n more rows" (at least 1; default 60).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public static int MaxRows
    {
        get => SessionState.Current.MaxRows;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            SessionState.Current.MaxRows = value;
        }
    }

    /// <summary>Puts <see cref="SignificantDigits"/> and <see cref="MaxRows"/> back to their defaults.</summary>
    public static void Reset()
    {
        var current = SessionState.Current;
        current.SignificantDigits = DefaultSignificantDigits;
        current.MaxRows = DefaultMaxRows;
    }
}
