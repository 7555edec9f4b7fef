using Course.Training;
using Plotly.NET;

namespace Course.Charts;

/// <summary>Training runs side by side: loss per epoch on the left, accuracy per epoch on the right.</summary>
public static class TrainingChart
{
    /// <summary>
    /// One colour per run; solid lines are validation, dashed lines training. A diverged run stops where it diverged.
    /// </summary>
    /// <param name="runs">The runs, usually from <see cref="Trainer"/>; at least one.</param>
    /// <param name="names">Legend names, one per run; each run's optimizer name by default.</param>
    /// <param name="logLoss">Logarithmic loss axis.</param>
    /// <param name="title">The chart title, or null.</param>
    public static GenericChart Curves(IEnumerable<TrainingHistory> runs, IEnumerable<string>? names = null, bool logLoss = true, string? title = null)
    {
        var (histories, labels) = Checked(runs, names);
        var traces = histories.SelectMany((run, k) => Traces(run, labels[k], Palette.Colour(k)));
        var layout = PlotlyObjects.Layout(
                title ?? "solid: validation · dashed: training",
                PlotlyObjects.Axis("epoch").With("domain", new[] { 0.0, 0.45 }),
                PlotlyObjects.Axis("loss", logLoss).With("anchor", "x"),
                450)
            .With("xaxis2", PlotlyObjects.Axis("epoch").With("domain", new[] { 0.55, 1.0 }).With("anchor", "y2"))
            .With("yaxis2", PlotlyObjects.Axis("accuracy").With("anchor", "x2").With("range", new[] { 0.0, 1.02 }));
        return PlotlyObjects.Chart(traces, layout);
    }

    /// <summary>
    /// Small multiples of the loss: one panel per run, in <paramref name="columns"/> columns on the same axes, with the
    /// run's validation loss (solid) and training loss (dashed) in its colour over the other runs' validation losses
    /// in grey, so that many runs can each be read (where the validation curve bottoms out, how far training goes on
    /// falling) and still be compared.
    /// </summary>
    /// <param name="runs">The runs, usually from <see cref="Trainer"/>; at least one.</param>
    /// <param name="names">Panel titles, one per run; each run's optimizer name by default.</param>
    /// <param name="logLoss">Logarithmic loss axes.</param>
    /// <param name="title">The chart title, or null.</param>
    /// <param name="columns">Panels per row, at least 1.</param>
    public static GenericChart LossPanels(IEnumerable<TrainingHistory> runs, IEnumerable<string>? names = null, bool logLoss = true, string? title = null, int columns = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        var (histories, labels) = Checked(runs, names);
        var grid = new PanelGrid(histories.Length, columns);
        double[] Epochs(TrainingHistory run) => run.Epochs.Select(e => (double)e.Epoch).ToArray();
        var xRange = AxisRange.Padded(histories.SelectMany(Epochs), log: false);
        var yRange = AxisRange.Padded(histories.SelectMany(h => h.ValidationLoss.Concat(h.TrainLoss)), logLoss);
        var layout = PlotlyObjects.Layout(title ?? "solid: validation loss · dashed: training loss", PlotlyObjects.Axis("epoch"), PlotlyObjects.Axis("loss", logLoss), grid.Height);
        var traces = new List<Trace>();
        for (var k = 0; k < histories.Length; k++)
        {
            traces.AddRange(histories.Select((other, j) => (other, j)).Where(o => o.j != k).Select(o => PanelGrid.Context(Epochs(o.other), o.other.ValidationLoss, labels[o.j], k)));
            var line = new Dictionary<string, object> { ["color"] = Palette.Colour(k), ["width"] = 2 };
            traces.Add(PanelGrid.InPanel(PlotlyObjects.Scatter(Epochs(histories[k]), histories[k].TrainLoss, $"{labels[k]} training loss"), k)
                .With("line", new Dictionary<string, object>(line) { ["dash"] = "dash" }));
            traces.Add(PanelGrid.InPanel(PlotlyObjects.Scatter(Epochs(histories[k]), histories[k].ValidationLoss, $"{labels[k]} validation loss"), k)
                .With("line", line));
            grid.AddPanel(layout, k, labels[k], "epoch", "loss", logX: false, logLoss, xRange, yRange);
        }

        return PlotlyObjects.Chart(traces, grid.Finish(layout));
    }

    /// <summary>The training curves of <paramref name="runs"/>, named by their optimizers.</summary>
    public static GenericChart Curves(params TrainingHistory[] runs) => Curves(runs, names: null);

    private static (TrainingHistory[] Runs, string[] Names) Checked(IEnumerable<TrainingHistory> runs, IEnumerable<string>? names)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var histories = runs.ToArray();
        if (histories.Length == 0 || histories.Any(h => h is null))
        {
            throw new ArgumentException("Give at least one training run and no nulls.", nameof(runs));
        }

        var labels = names?.ToArray() ?? histories.Select(h => h.OptimizerName).ToArray();
        if (labels.Length != histories.Length)
        {
            throw new ArgumentException($"names has {labels.Length} entries but there are {histories.Length} runs; give one name per run.", nameof(names));
        }

        return (histories, labels);
    }

    private static IEnumerable<Trace> Traces(TrainingHistory run, string name, string colour)
    {
        var epochs = run.Epochs.Select(e => (double)e.Epoch).ToArray();
        Trace Line(double[] values, string part, string axes, bool dashed, bool legend) =>
            PlotlyObjects.Scatter(epochs, values, $"{name} {part}")
                .With("legendgroup", name)
                .With("showlegend", legend)
                .With("xaxis", axes == "right" ? "x2" : "x")
                .With("yaxis", axes == "right" ? "y2" : "y")
                .With("line", new Dictionary<string, object> { ["color"] = colour, ["dash"] = dashed ? "dash" : "solid" });

        yield return Line(run.ValidationLoss, "validation loss", "left", dashed: false, legend: true).With("name", name);
        yield return Line(run.TrainLoss, "training loss", "left", dashed: true, legend: false);
        yield return Line(run.ValidationAccuracy, "validation accuracy", "right", dashed: false, legend: false);
        yield return Line(run.TrainAccuracy, "training accuracy", "right", dashed: true, legend: false);
    }
}
