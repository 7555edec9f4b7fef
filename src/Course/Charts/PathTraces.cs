using System.Globalization;
using Course.Surfaces;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// Optimizer paths drawn over a contour so that each one can be followed where they overlap: one strong colour per
/// path, earlier paths wider and drawn underneath (a later path runs inside an earlier one instead of hiding it),
/// a hollow circle where each starts and a filled circle where it ends (a cross where it diverged).
/// </summary>
internal static class PathTraces
{
    /// <summary>Colours that stand out on the faded Viridis contour: red, near-black, orange, blue, pink, brown.</summary>
    private static readonly string[] Palette = ["#d62728", "#1a1a1a", "#ff7f0e", "#1f77b4", "#e377c2", "#8c564b"];

    /// <summary>A path with more points than this is drawn as a line only; with fewer, each step also gets a dot.</summary>
    private const int DottedUpTo = 101;

    /// <summary>The traces of <paramref name="runs"/>: every path's line, then (with <paramref name="markEnds"/>) the start and end markers on top.</summary>
    public static IEnumerable<Trace> Of(IReadOnlyList<TrajectoryResult> runs, IReadOnlyList<string> names, bool markEnds)
    {
        var lines = runs.Select((run, i) => Line(run, names[i], i, runs.Count)).ToList();
        var ends = markEnds ? runs.SelectMany((run, i) => Ends(run, names[i], i)) : [];
        return lines.Concat(ends);
    }

    /// <summary>Two legend entries, "start" (hollow circle) and "end" (filled circle), that explain the markers; they draw nothing.</summary>
    public static IEnumerable<Trace> LegendKeys()
    {
        yield return Key("start", "circle-open");
        yield return Key("end", "circle");
    }

    private static Trace Line(TrajectoryResult run, string name, int index, int count)
    {
        var colour = Colour(index);
        var width = 2.0 + (2.0 * (count - 1 - index));
        var dotted = run.Positions.Count <= DottedUpTo;
        return PlotlyObjects.Scatter(run.Xs, run.Ys, name, dotted ? "lines+markers" : "lines")
            .With("legendgroup", name)
            .With("line", new Dictionary<string, object> { ["color"] = colour, ["width"] = width })
            .With("opacity", index == count - 1 ? 1.0 : 0.8)
            .With("marker", dotted ? new Dictionary<string, object> { ["size"] = 4, ["color"] = colour } : null)
            .With("hovertemplate", $"{name}<br>step %{{pointNumber}}<br>x=%{{x:.4g}}<br>y=%{{y:.4g}}<extra></extra>");
    }

    private static IEnumerable<Trace> Ends(TrajectoryResult run, string name, int index)
    {
        var finite = run.Positions.Select((p, step) => (p, step)).Where(q => double.IsFinite(q.p.X) && double.IsFinite(q.p.Y)).ToArray();
        if (finite.Length == 0)
        {
            yield break;
        }

        var colour = Colour(index);
        var (first, last) = (finite[0], finite[^1]);
        yield return Marker(name, "start", first.p, "circle-open", colour, $"{name}: start")
            .With("marker", new Dictionary<string, object> { ["symbol"] = "circle-open", ["size"] = 13, ["color"] = colour, ["line"] = new Dictionary<string, object> { ["width"] = 3, ["color"] = colour } });
        var endText = run.Diverged
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: diverged at step {run.DivergedAtStep}")
            : string.Create(CultureInfo.InvariantCulture, $"{name}: end, step {last.step}, loss {run.FinalLoss:G3}");
        yield return Marker(name, "end", last.p, run.Diverged ? "x" : "circle", colour, endText);
    }

    private static Trace2D Marker(string name, string part, (double X, double Y) at, string symbol, string colour, string hover) =>
        PlotlyObjects.Scatter([at.X], [at.Y], $"{name} {part}", "markers")
            .With("legendgroup", name)
            .With("showlegend", false)
            .With("marker", new Dictionary<string, object> { ["symbol"] = symbol, ["size"] = 13, ["color"] = colour, ["line"] = new Dictionary<string, object> { ["width"] = 1.5, ["color"] = "white" } })
            .With("hovertemplate", hover + "<extra></extra>");

    private static Trace2D Key(string name, string symbol) =>
        new Trace2D("scatter")
            .With("x", new double?[] { null })
            .With("y", new double?[] { null })
            .With("name", name)
            .With("mode", "markers")
            .With("hoverinfo", "skip")
            .With("marker", new Dictionary<string, object> { ["symbol"] = symbol, ["size"] = 11, ["color"] = "#555555", ["line"] = new Dictionary<string, object> { ["width"] = 2, ["color"] = "#555555" } });

    private static string Colour(int index) => Palette[index % Palette.Length];
}
