namespace Course.Charts;

/// <summary>A named line for a chart: y values, and x values (0, 1, 2, … when omitted).</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Y">The values; NaN and ±∞ show as gaps.</param>
/// <param name="X">The x values, as many as <paramref name="Y"/>, or null for 0, 1, 2, …</param>
public sealed record Series(string Name, IReadOnlyList<double> Y, IReadOnlyList<double>? X = null)
{
    /// <summary>The x values actually plotted.</summary>
    public IReadOnlyList<double> XOrIndex => X ?? Enumerable.Range(0, Y.Count).Select(i => (double)i).ToArray();

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

        return this;
    }
}
