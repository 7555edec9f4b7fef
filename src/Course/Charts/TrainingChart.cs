using Course.Training;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Course.Charts;

/// <summary>Training runs side by side: loss per epoch in one panel, accuracy per epoch in the other.</summary>
public static class TrainingChart
{
    private static readonly string[] Palette =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>
    /// One chart with two panels sharing the epoch axis: the loss of every run on the left (logarithmic by default) and
    /// its accuracy on the right, each run in one colour in both panels with one legend entry. Epochs after a run
    /// diverged are simply absent, and a non-finite value shows as a gap.
    /// </summary>
    /// <param name="runs">Named training histories, for example one per optimizer; at least one.</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="validation">Plot validation loss and accuracy (true) or the training figures (false).</param>
    /// <param name="logLoss">Logarithmic loss axis.</param>
    public static GenericChart LossAndAccuracy(
        IEnumerable<(string Name, TrainingHistory History)> runs,
        string? title = null,
        bool validation = true,
        bool logLoss = true)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var items = runs.ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("A training chart needs at least one run.", nameof(runs));
        }

        var traces = new List<Trace>();
        for (var i = 0; i < items.Length; i++)
        {
            var (name, history) = items[i];
            if (string.IsNullOrWhiteSpace(name) || history is null)
            {
                throw new ArgumentException($"Run {i} needs a name and a history.", nameof(runs));
            }

            var epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
            var loss = validation ? history.ValidationLoss : history.TrainLoss;
            var accuracy = validation ? history.ValidationAccuracy : history.TrainAccuracy;
            var line = new Dictionary<string, object> { ["color"] = Palette[i % Palette.Length] };
            traces.Add(PlotlyObjects.Scatter(epochs, loss, name, "lines+markers")
                .With("legendgroup", name).With("line", line).With("marker", line));
            traces.Add(PlotlyObjects.Scatter(epochs, accuracy, name, "lines+markers")
                .With("legendgroup", name).With("line", line).With("marker", line)
                .With("showlegend", false).With("xaxis", "x2").With("yaxis", "y2"));
        }

        var prefix = validation ? "validation" : "training";
        var layout = new Layout()
            .With("title", title is null ? null : new Dictionary<string, object> { ["text"] = title })
            .With("xaxis", PlotlyObjects.Axis("epoch").With("domain", new[] { 0.0, 0.45 }))
            .With("yaxis", PlotlyObjects.Axis($"{prefix} loss", logLoss))
            .With("xaxis2", PlotlyObjects.Axis("epoch").With("domain", new[] { 0.55, 1.0 }).With("anchor", "y2"))
            .With("yaxis2", PlotlyObjects.Axis($"{prefix} accuracy").With("anchor", "x2"))
            .With("width", 920)
            .With("height", 440);
        return PlotlyObjects.Chart(traces, layout);
    }
}
