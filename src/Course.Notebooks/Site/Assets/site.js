// The course site's page script: draws the math the Markdown pipeline left as LaTeX, highlights code,
// lets the keyboard scroll outputs wider than the column, and fits every chart to the column once laid out.
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

window.addEventListener("load", () => {
  for (const output of document.querySelectorAll(".output, div.math")) {
    if (output.scrollWidth > output.clientWidth) {
      output.tabIndex = 0;
      output.setAttribute("role", "region");
      output.setAttribute("aria-label", "Output (scrolls sideways)");
    }
  }
  if (window.Plotly) {
    for (const chart of document.querySelectorAll(".js-plotly-plot")) {
      // Plotly.NET writes a default width of 600 px into every layout; dropping it lets the chart fill the column.
      Plotly.relayout(chart, { width: null, autosize: true });
    }
  }
});
