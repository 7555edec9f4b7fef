using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Course.Notebooks.Tests.Site;

/// <summary>
/// The course's own site, every lesson run, read in Debian's Chromium with the network blocked, page by page:
/// every display equation of the sources drawn by KaTeX as display math, no raw LaTeX, no solution markers in code or outputs,
/// no broken internal link, every chart at least 80 % of the text width with its legend clear of its title
/// and plot, readable tick labels and a caption as its text alternative, no collapsed object output, and no
/// serious or critical axe-core violation. Screenshots of every page go to artifacts/site-screenshots.
/// </summary>
public sealed partial class CourseSiteBrowserTests(CourseSiteFixture site) : IClassFixture<CourseSiteFixture>
{
    private const double SmallestChartShare = 0.8;
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 390;

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Tools", "axe", "axe.min.js");

    /// <summary>Visible text outside KaTeX's output, code and outputs that still looks like LaTeX: a backslash command or a <c>$$</c>.</summary>
    private const string RawLatexScript = """
        () => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".katex, pre, code, .output, script, style")) continue;
            if (/\\[a-zA-Z]+|\$\$/.test(node.textContent)) found.push(node.textContent.trim().slice(0, 80));
          }
          return found;
        }
        """;

    /// <summary>
    /// Per chart: problems with its drawing. Its width over the text column's; its legend's box against its
    /// title's and its plot areas'; tick labels of one axis overlapping; a log axis with fewer than two labels;
    /// a caption missing, or the picture not labelled by it.
    /// </summary>
    private const string ChartProblemsScript = """
        smallestShare => {
          const main = document.querySelector("main");
          const style = getComputedStyle(main);
          const text = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const overlap = (a, b) => a.width > 0 && b.width > 0 && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          const problems = [];
          document.querySelectorAll("figure.chart").forEach((figure, i) => {
            const name = `chart ${i + 1}`;
            const plot = figure.querySelector(".js-plotly-plot");
            const svg = figure.querySelector(".main-svg");
            if (!plot || !svg) { problems.push(`${name} is not drawn`); return; }
            const share = svg.getBoundingClientRect().width / text;
            if (share < smallestShare) problems.push(`${name} is ${Math.round(share * 100)} % of the text width`);
            const legend = plot.querySelector(".legend");
            if (legend) {
              const box = legend.getBoundingClientRect();
              const title = plot.querySelector(".g-gtitle");
              if (title && overlap(box, title.getBoundingClientRect())) problems.push(`${name}: the legend covers the title`);
              for (const area of plot.querySelectorAll(".nsewdrag")) {
                if (overlap(box, area.getBoundingClientRect())) { problems.push(`${name}: the legend covers the plot`); break; }
              }
            }
            // An axis sharing another's labels (small multiples) shows none; rotated labels have overlapping boxes but not glyphs.
            for (const axis of Object.keys(plot._fullLayout).filter(k => /^[xy]axis[0-9]*$/.test(k)).map(k => plot._fullLayout[k]).filter(a => a.showticklabels !== false)) {
              const texts = [...plot.querySelectorAll(`g.${axis._id}tick text`)];
              const labels = texts.map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
              if (axis.type === "log" && labels.length < 2) problems.push(`${name}: log axis ${axis._id} has ${labels.length} tick labels`);
              if (texts.some(t => (t.getAttribute("transform") || "").includes("rotate"))) continue;
              for (let k = 1; k < labels.length; k++) {
                if (overlap(labels[k - 1], labels[k])) { problems.push(`${name}: tick labels of axis ${axis._id} overlap`); break; }
              }
            }
            const caption = figure.querySelector("figcaption");
            if (!caption || caption.textContent.trim().length < 10) problems.push(`${name} has no caption`);
            else if (svg.getAttribute("role") !== "img" || svg.getAttribute("aria-labelledby") !== caption.id) problems.push(`${name}: its picture is not labelled by its caption`);
          });
          return problems;
        }
        """;

    /// <summary>
    /// Object output left collapsed: .NET Interactive's tree view, a <c>details</c> in an output other than a quiz
    /// card's answer behind a click (<c>course-reveal</c>), or a line
    /// that is one object's <c>{ a = 1, … }</c> text (a value inside a table's cell is the table's own rendering).
    /// </summary>
    private const string CollapsedOutputScript = """
        () => [...document.querySelectorAll("main .output")]
          .filter(o => o.querySelector("details:not(.course-reveal), .dni-treeview, .dni-code-hint")
            || [...o.querySelectorAll("pre")].some(p => /^\s*(▶\s*)?\{ \w+ = .*\}\s*$/m.test(p.innerText)))
          .map(o => o.innerText.trim().slice(0, 80))
        """;

    /// <summary>The text a reader sees in code and outputs (a closed <c>details</c> hides its content).</summary>
    private const string VisibleCodeScript = """
        () => [...document.querySelectorAll("main pre, main .output")].filter(e => e.checkVisibility()).map(e => e.innerText)
        """;

    /// <summary>Every local file a page refers to: links, images, scripts and stylesheets.</summary>
    private const string ReferencesScript = """
        () => [...document.querySelectorAll("a[href], link[href], script[src], img[src]")]
          .map(e => e.href || e.src)
          .filter(u => u.startsWith("file:"))
        """;

    private const string AxeRunScript = """
        async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
          .filter(v => v.impact === "serious" || v.impact === "critical")
          .map(v => `${v.impact} ${v.id} (${v.nodes.length}×): ${v.help} — ${v.nodes.slice(0, 2).map(n => n.target.join(" ")).join(", ")}`)
        """;

    [Fact]
    public async Task Every_page_of_the_course_reads_well_and_passes_axe()
    {
        if (site.Notebooks.Count == 0)
        {
            Assert.Skip("no lessons under notebooks/");
        }

        var pages = Directory.GetFiles(site.SiteFolder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(site.Notebooks.Count + 1, pages.Count);
        Directory.CreateDirectory(site.ScreenshotFolder);
        var problems = new List<string>();
        var displays = 0;
        var charts = 0;
        foreach (var file in pages)
        {
            var name = Path.GetFileName(file);
            var page = await site.OpenAsync(file, DesktopWidth);
            displays += await page.Locator(".katex-display").CountAsync();
            charts += await page.Locator("figure.chart").CountAsync();
            problems.AddRange((await page.EvaluateAsync<string[]>(RawLatexScript)).Select(t => $"{name}: raw LaTeX: {t}"));
            var code = string.Join('\n', await page.EvaluateAsync<string[]>(VisibleCodeScript));
            problems.AddRange(SolutionMarker().Matches(code).Select(m => $"{name}: a solution marker shows: {m.Value}"));
            problems.AddRange((await page.EvaluateAsync<string[]>(ChartProblemsScript, SmallestChartShare)).Select(p => $"{name}: {p}"));
            problems.AddRange((await page.EvaluateAsync<string[]>(CollapsedOutputScript)).Select(o => $"{name}: collapsed object output: {o}"));
            problems.AddRange(await BrokenReferences(page, name));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, Path.ChangeExtension(name, ".png")), FullPage = true });
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            problems.AddRange((await page.EvaluateAsync<string[]>(AxeRunScript)).Select(v => $"{name}: axe: {v}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(DisplayEquationsIn(site.Notebooks), displays);
        Assert.True(charts > 0, "no chart on any page");
    }

    [Fact]
    public async Task On_a_phone_a_lesson_fits_the_screen_and_its_charts_fill_the_column()
    {
        var lesson = Directory.GetFiles(site.SiteFolder, "04-*.html").SingleOrDefault();
        if (lesson is null)
        {
            Assert.Skip("lesson 04 is not in notebooks/");
        }

        var page = await site.OpenAsync(lesson, PhoneWidth);
        Directory.CreateDirectory(site.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "phone-" + Path.ChangeExtension(Path.GetFileName(lesson), ".png")), FullPage = true });

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.Empty(await page.EvaluateAsync<string[]>(ChartProblemsScript, SmallestChartShare));
        await page.CloseAsync();
    }

    private static async Task<IEnumerable<string>> BrokenReferences(IPage page, string name)
    {
        var broken = new List<string>();
        foreach (var reference in await page.EvaluateAsync<string[]>(ReferencesScript))
        {
            var uri = new Uri(reference);
            if (!File.Exists(uri.LocalPath))
            {
                broken.Add($"{name}: refers to a missing file {uri.LocalPath}");
            }
            else if (uri.Fragment.Length > 1 && Path.GetFileName(uri.LocalPath) == name
                && !await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", Uri.UnescapeDataString(uri.Fragment[1..])))
            {
                broken.Add($"{name}: links to a missing section {uri.Fragment}");
            }
        }

        return broken;
    }

    /// <summary>The <c>$$ … $$</c> pairs in the lessons' Markdown cells, counted from the sources, not from the renderer.</summary>
    private static int DisplayEquationsIn(IEnumerable<string> notebooks) =>
        notebooks
            .SelectMany(path => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray())
            .Where(cell => cell!["cell_type"]!.GetValue<string>() == "markdown")
            .Sum(cell => DisplayMath().Matches(string.Concat(cell!["source"]!.AsArray().Select(l => l!.GetValue<string>()))).Count);

    [GeneratedRegex(@"\$\$(.+?)\$\$", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"(BEGIN|END) SOLUTION|YOUR CODE HERE")]
    private static partial Regex SolutionMarker();
}
