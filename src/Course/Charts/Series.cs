namespace Course.Charts;

/// <summary>
/// A named line for a chart: y values, and x values (0, 1, 2, … when omitted). The init-only properties style one
/// line so that a comparison stays visible where lines overlap, for example
/// <c>new Series("full batch", losses) { Dash = LineDash.Dash, Width = 3 }</c>.
/// </summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Y">The values; NaN and ±∞ show as gaps.</param>
/// <param name="X">The x values, as many as <paramref name="Y"/>, or null for 0, 1, 2, …</param>
public sealed record Series(string Name, IReadOnlyList<double> Y, IReadOnlyList<double>? X = null)
{
    /// <summary>The x values actually plotted.</summary>
    public IReadOnlyList<double> XOrIndex => X ?? Enumerable.Range(0, Y.Count).Select(i => (double)i).ToArray();

    /// <summary>The line's dash pattern.</summary>
    public LineDash Dash { get; init; } = LineDash.Solid;

    /// <summary>The line width in pixels (plotly.js draws 2 by default); a wider line under a thinner one keeps both visible.</summary>
    public double? Width { get; init; }

    /// <summary>The line's opacity, from 0 (invisible) to 1; a faded line gives context without hiding the others.</summary>
    public double? Opacity { get; init; }

    /// <summary>Draw markers only, no line: measured points against a predicted curve.</summary>
    public bool MarkersOnly { get; init; }

    /// <summary>
    /// When set, the series does not stretch the y axis: the axis keeps the range of the other series, the line is cut
    /// where it leaves that range, and an annotation "<see cref="Name"/> <see cref="ClipNote"/>" (such as "diverges")
    /// points to where it leaves; the line is drawn faint unless <see cref="Opacity"/> or <see cref="Width"/> say
    /// otherwise. For a series that would otherwise flatten every other line on the chart.
    /// </summary>
    public string? ClipNote { get; init; }

    /// <summary>
    /// Whether this is a reference line from <see cref="Guide"/> rather than data: drawn thin and dashed, labelled
    /// beside the line instead of in the legend.
    /// </summary>
    public bool IsGuide { get; init; }

    /// <summary>Checks that the series can be drawn: a name, values, and matching lengths.</summary>
    internal Series Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("Every series needs a name for the legend.", nameof(Name));
        }

        ArgumentNullException.ThrowIfNull(Y);
        if (X is not null && X.Count != Y.Count)
        {
            throw new ArgumentException($"Series '{Name}' has {X.Count} x values but {Y.Count} y values; they must match.", nameof(X));
        }

        if (Width is { } width && !(width > 0 && double.IsFinite(width)))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), width, $"Series '{Name}': the width must be a positive number of pixels.");
        }

        if (Opacity is { } opacity && !(opacity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Opacity), opacity, $"Series '{Name}': the opacity must be between 0 and 1.");
        }

        return this;
    }
}
