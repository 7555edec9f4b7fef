using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Course.Charts;

/// <summary>What one slider position shows: its label, its traces and the chart title while it is selected.</summary>
internal sealed record SliderFrame(string Label, IReadOnlyList<Trace> Traces, string Title);

/// <summary>
/// Builds a chart whose slider switches between precomputed frames by toggling trace visibility
/// (plotly.js <c>layout.sliders</c> with the <c>update</c> method: a restyle of <c>visible</c> plus the title),
/// so it works in a static HTML page with no server and no animation frames.
/// </summary>
internal static class SliderFrames
{
    /// <summary>The chart: fixed traces always shown, each frame's traces shown only at its slider position. Leave ~90 px of layout height for the slider.</summary>
    public static GenericChart Build(IReadOnlyList<Trace> fixedTraces, IReadOnlyList<SliderFrame> frames, string knobName, Layout layout, int active)
    {
        if (frames.Count == 0)
        {
            throw new ArgumentException("A slider needs at least one frame.", nameof(frames));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(active);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(active, frames.Count);

        var owner = fixedTraces.Select(_ => -1).Concat(frames.SelectMany((f, i) => f.Traces.Select(_ => i))).ToArray();
        var steps = frames.Select((frame, i) => Step(frame.Label, Visibility(owner, i), frame.Title)).ToArray();
        var slider = new Slider()
            .With("active", active)
            .With("steps", steps)
            .With("currentvalue", new Dictionary<string, object> { ["prefix"] = $"{knobName} = " })
            .With("pad", new Dictionary<string, object> { ["t"] = 50 });

        var visible = Visibility(owner, active);
        var traces = fixedTraces.Concat(frames.SelectMany(f => f.Traces)).Select((t, k) => t.With("visible", visible[k])).ToArray();
        layout.With("sliders", new[] { slider }).With("title", new Dictionary<string, object> { ["text"] = frames[active].Title, ["font"] = new Dictionary<string, object> { ["size"] = 14 } });
        return PlotlyObjects.Chart(traces, layout);
    }

    private static bool[] Visibility(int[] owner, int frame) => owner.Select(o => o < 0 || o == frame).ToArray();

    /// <summary>One slider position: show the traces marked visible and set the title.</summary>
    private static SliderStep Step(string label, bool[] visible, string title) => new SliderStep()
        .With("label", label)
        .With("method", "update")
        .With("args", new object[]
        {
            new Dictionary<string, object> { ["visible"] = visible },
            new Dictionary<string, object> { ["title.text"] = title },
        });
}
