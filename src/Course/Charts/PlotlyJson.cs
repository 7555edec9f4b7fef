using Newtonsoft.Json;
using Plotly.NET;

namespace Course.Charts;

/// <summary>
/// A chart's JSON exactly as Plotly.NET's <c>GenericChart.toJson</c> writes it — the same serializer, settings and
/// converters over the same data-transfer object — without its cost.
/// </summary>
/// <remarks>
/// Plotly.NET serializes with <c>ReferenceLoopHandling.Serialize</c>, so Newtonsoft.Json looks for every object it
/// enters in the stack of objects it is inside, by <c>Equals</c>; a Plotly.NET object is a <c>DynamicObj</c>, whose
/// <c>Equals</c> hashes the whole object tree, the default template included. That made one chart cost 150–300 ms
/// of CPU, nearly all of it hashing. Comparing by reference, as here, finds the same loops (none: a chart is a tree)
/// and writes the same bytes, about 40–200 times faster (bench/README.md, "course run").
/// </remarks>
internal static class PlotlyJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
    };

    /// <summary>The chart's <c>{ "data", "layout", "config" }</c> JSON, equal to <c>GenericChart.toJson(chart)</c>.</summary>
    /// <param name="chart">The chart.</param>
    public static string Serialize(GenericChart chart) => JsonConvert.SerializeObject(GenericChart.toChartDTO(chart), Settings);
}
