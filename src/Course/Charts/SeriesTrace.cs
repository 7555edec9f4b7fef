using Plotly.NET;

namespace Course.Charts;

/// <summary>The plotly.js trace of one <see cref="Series"/>, with its style.</summary>
internal static class SeriesTrace
{
    /// <summary>The colour and width of <see cref="Guide"/> lines: quieter than the data.</summary>
    private const string GuideColour = "#555555";

    /// <summary>A data series as a line (with markers when <paramref name="showMarkers"/>), or a guide as a thin dashed line left out of the legend.</summary>
    public static Trace2D Of(Series series, bool showMarkers)
    {
        if (series.IsGuide)
        {
            return PlotlyObjects.Scatter(series.XOrIndex, series.Y, series.Name, "lines")
                .With("line", new Dictionary<string, object> { ["color"] = GuideColour, ["width"] = 1.5, ["dash"] = "dash" })
                .With("showlegend", false)
                .With("hovertemplate", $"{series.Name} at %{{x:.4g}}<extra></extra>");
        }

        var mode = series.MarkersOnly ? "markers" : showMarkers ? "lines+markers" : "lines";
        var line = new Dictionary<string, object>();
        if (series.Dash != LineDash.Solid)
        {
            line["dash"] = DashName(series.Dash);
        }

        if (series.Width is { } width)
        {
            line["width"] = width;
        }

        // a clipped series crosses the whole plot: unless styled otherwise it is drawn faint, behind the lines it would hide
        var clipped = series.ClipNote is not null;
        if (clipped && series.Width is null)
        {
            line["width"] = 1.5;
        }

        return PlotlyObjects.Scatter(series.XOrIndex, series.Y, series.Name, mode)
            .With("line", line.Count > 0 ? line : null)
            .With("marker", series.MarkersOnly ? new Dictionary<string, object> { ["size"] = 9 } : null)
            .With("opacity", series.Opacity ?? (clipped ? 0.5 : null));
    }

    /// <summary>plotly.js's name for a dash pattern.</summary>
    public static string DashName(LineDash dash) => dash switch
    {
        LineDash.Dash => "dash",
        LineDash.Dot => "dot",
        LineDash.DashDot => "dashdot",
        LineDash.LongDash => "longdash",
        _ => "solid",
    };
}
