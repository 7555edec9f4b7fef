using System.Text.Json;
using Plotly.NET;

namespace Course.Tests.Charts;

/// <summary>A chart's plotly.js figure (data + layout), parsed.</summary>
internal sealed class ChartJson
{
    private ChartJson(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => Root.GetProperty("layout");

    public static ChartJson Of(GenericChart chart) => new(JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.Clone());

    public JsonElement[] TracesOfType(string type) => Traces.Where(t => t.GetProperty("type").GetString() == type).ToArray();

    public JsonElement Trace(string name) => Traces.Single(t => t.TryGetProperty("name", out var n) && n.GetString() == name);

    public string AxisType(string axis) => Layout.GetProperty(axis).GetProperty("type").GetString()!;

    public static double?[] Numbers(JsonElement array) =>
        array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray();
}
