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
    /// The chart's figure: its traces, layout and config (with <c>responsive: true</c> unless the chart set it,
    /// so a chart follows the width of its output).
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>A new JSON object; changing it does not change the chart.</returns>
    public static JsonObject Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var parsed = JsonNode.Parse(PlotlyJson.Serialize(chart)) as JsonObject ?? [];
        parsed.Remove("data", out var data);
        parsed.Remove("layout", out var layout);
        parsed.Remove("config", out var config);
        var configObject = config as JsonObject ?? [];
        configObject["responsive"] ??= true;
        return new JsonObject
        {
            ["data"] = data as JsonArray ?? [],
            ["layout"] = layout as JsonObject ?? [],
            ["config"] = configObject,
        };
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
