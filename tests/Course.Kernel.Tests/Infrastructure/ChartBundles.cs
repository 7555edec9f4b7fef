using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// The chart outputs of an executed notebook (outputs whose HTML carries <c>data-course-chart</c>) and the checks
/// every chart's MIME bundle must pass: the Plotly figure JSON is there, shaped as Plotly's JSON schema says
/// (a <c>data</c> array, a <c>layout</c> object), and plotly.js's own <c>Plotly.validate</c> finds nothing wrong.
/// </summary>
internal static class ChartBundles
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    // Plotly.validate checks a figure against plotly.js's own schema. Two kinds of finding are notes, not errors:
    // the keys of a trace hidden with visible: false ("unused": plotly.js does not read a hidden trace, such as a
    // slider's other frames), and "dynamic" values such as a slider step's arguments, which plotly.js resolves only
    // when the step is chosen. The legend is validated on its own, beside two drawn traces: plotly.js 2.28's validate
    // throws "Cannot read properties of undefined (reading 'validateFunction')" on any layout.legend when the
    // figure shows no legend (one trace), though the same legend draws and validates fine where one is shown.
    private const string Validate =
        "json => JSON.stringify(JSON.parse(json).map(f => { const { legend, ...layout } = f.layout;" +
        " const found = (Plotly.validate(f.data, layout) || [])" +
        ".concat(legend ? (Plotly.validate([{ type: 'scatter', x: [0], y: [0] }, { type: 'scatter', x: [0], y: [0] }], { legend }) || []) : []);" +
        " return found.filter(e => e.code !== 'dynamic' && !(e.code === 'unused' && e.container === 'data' && f.data[e.trace].visible === false))" +
        ".map(e => e.msg); }))";

    /// <summary>Every code cell's outputs, in order.</summary>
    public static List<JsonObject> Outputs(JsonNode notebook) =>
        [.. notebook["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .SelectMany(c => c!["outputs"]!.AsArray().Select(o => o!.AsObject()))];

    /// <summary>The outputs that are errors, as <c>name: message</c>.</summary>
    public static List<string> Errors(IEnumerable<JsonObject> outputs) =>
        [.. outputs.Where(o => (string?)o["output_type"] == "error").Select(o => $"{o["ename"]}: {o["evalue"]}")];

    /// <summary>The outputs that show a course chart.</summary>
    public static List<JsonObject> Charts(IEnumerable<JsonObject> outputs) =>
        [.. outputs.Where(o => Html(o).Contains("data-course-chart=", StringComparison.Ordinal))];

    /// <summary>How many check or question cards the outputs' HTML holds.</summary>
    public static int Cards(IEnumerable<JsonObject> outputs) =>
        outputs.Sum(o => Occurrences(Html(o), "class=\"course-check\"") + Occurrences(Html(o), "class=\"course-question\""));

    /// <summary>The Plotly figure of each chart output; fails unless it has a <c>data</c> array and a <c>layout</c> object.</summary>
    public static List<JsonObject> Figures(string lesson, IEnumerable<JsonObject> chartOutputs) =>
        [.. chartOutputs.Select((o, i) =>
        {
            var figure = o["data"]?[PlotlyMimeType] switch
            {
                JsonObject json => json,
                JsonValue text when text.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
                _ => null,
            };
            Assert.True(figure is not null, $"{lesson}: chart {i + 1}'s bundle has no {PlotlyMimeType}");
            Assert.True(figure["data"] is JsonArray, $"{lesson}: chart {i + 1}'s plotly figure has no data array");
            Assert.True(figure["layout"] is JsonObject, $"{lesson}: chart {i + 1}'s plotly figure has no layout object");
            return figure;
        })];

    /// <summary>What <c>Plotly.validate</c>, on a page with plotly.js, finds wrong in the figures (distinct messages).</summary>
    public static async Task<List<string>> InvalidAsync(IPage page, IEnumerable<JsonObject> figures)
    {
        var json = await page.EvaluateAsync<string>(Validate, new JsonArray([.. figures.Select(f => f.DeepClone())]).ToJsonString());
        return [.. JsonNode.Parse(json)!.AsArray().SelectMany(verdict => verdict!.AsArray().Select(m => (string?)m ?? string.Empty)).Distinct()];
    }

    private static string Html(JsonObject output) => output["data"]?["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? string.Empty,
        _ => string.Empty,
    };

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
