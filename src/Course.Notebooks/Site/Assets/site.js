// The course site's page script: draws the math the Markdown pipeline left as LaTeX, highlights code,
// lets the keyboard scroll anything wider than the column, and gives every chart its caption as its text alternative.
// span.math holds \( … \) (inline), div.math holds \[ … \] (display); KaTeX replaces each in place.
document.addEventListener("DOMContentLoaded", () => {
  for (const element of document.querySelectorAll(".math")) {
    const latex = element.textContent.trim().replace(/^\\[([]/, "").replace(/\\[\])]$/, "");
    katex.render(latex, element, { displayMode: element.tagName === "DIV", throwOnError: false });
  }
  if (window.hljs) {
    for (const block of document.querySelectorAll("pre code[class*='language-']")) {
      hljs.highlightElement(block);
    }
  }
});

// A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1): it joins the tab order, named by what it holds.
const scrollable = [
  [".output", "Output"],
  ["div.math", "Equation"],
  [".markdown table", "Table"],
];

// A chart's picture is drawn by plotly.js as SVG; its text alternative is the figure's caption (title and data
// summary), so the first SVG becomes an image labelled by the caption and the layers over it are hidden.
function describeCharts() {
  document.querySelectorAll("figure.chart").forEach((figure, i) => {
    const caption = figure.querySelector("figcaption");
    if (!caption) { return; }
    caption.id = caption.id || `chart-caption-${i + 1}`;
    figure.querySelectorAll("svg.main-svg").forEach((svg, k) => {
      if (k === 0) {
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", caption.id);
      } else {
        svg.setAttribute("aria-hidden", "true");
      }
    });
  });
}

window.addEventListener("load", () => {
  for (const [selector, name] of scrollable) {
    for (const region of document.querySelectorAll(selector)) {
      if (region.scrollWidth > region.clientWidth) {
        region.tabIndex = 0;
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", `${name} (scrolls sideways)`);
      }
    }
  }
  if (window.Plotly) {
    for (const chart of document.querySelectorAll(".js-plotly-plot")) {
      Plotly.Plots.resize(chart);
    }
  }
  describeCharts();
});
