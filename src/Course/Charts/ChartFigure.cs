using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// A chart as the figure object plotly.js draws: <c>{ "data": [traces], "layout": {…}, "config": {…} }</c>,
/// the content of the standard Plotly MIME type <see cref="MimeType"/>, which VS Code and JupyterLab draw natively.
/// </summary>
public static class ChartFigure
{
    /// <summary>The Plotly MIME type (the one plotly.py emits), holding the figure as JSON.</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    /// <summary>
    /// The chart's figure: its traces, layout and config, with the defaults every chart of the course shares.
    /// A chart fills the width of its output and follows it: <c>responsive: true</c> unless the chart set it, and
    /// no fixed width (Plotly.NET writes its default <see cref="Defaults.DefaultWidth"/> of 600 px into every
    /// layout; that width is dropped and <c>autosize</c> set). A logarithmic axis spanning only a decade or two
    /// gets readable labels (<see cref="LogAxisTicks"/>).
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>A new JSON object; changing it does not change the chart.</returns>
    public static JsonObject Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var parsed = JsonNode.Parse(PlotlyJson.Serialize(chart)) as JsonObject ?? [];
        parsed.Remove("data", out var data);
        parsed.Remove("layout", out var layoutNode);
        parsed.Remove("config", out var config);
        var configObject = config as JsonObject ?? [];
        configObject["responsive"] ??= true;
        var layout = layoutNode as JsonObject ?? [];
        if (layout["width"] is JsonValue width && width.TryGetValue<int>(out var pixels) && pixels == Defaults.DefaultWidth)
        {
            layout.Remove("width");
            layout["autosize"] = true;
        }

        var figure = new JsonObject
        {
            ["data"] = data as JsonArray ?? [],
            ["layout"] = layout,
            ["config"] = configObject,
        };
        LogAxisTicks.Apply(figure);
        return figure;
    }

    /// <summary>
    /// A short key that is the same for equal figures and differs otherwise (the first 16 hex digits of
    /// the SHA-256 of the figure's JSON), so a chart's HTML can name its container without a counter or clock.
    /// </summary>
    /// <param name="figureJson">The figure's JSON text.</param>
    public static string Key(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)))[..16].ToLowerInvariant();
    }
}
