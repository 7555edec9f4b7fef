namespace Course.Charts;

/// <summary>How a line is drawn, so lines that run close together stay apart for the eye (and in grey print).</summary>
public enum LineDash
{
    /// <summary>A continuous line (the default).</summary>
    Solid,

    /// <summary>Short dashes.</summary>
    Dash,

    /// <summary>Dots.</summary>
    Dot,

    /// <summary>Dashes and dots in turn.</summary>
    DashDot,

    /// <summary>Long dashes.</summary>
    LongDash,
}
