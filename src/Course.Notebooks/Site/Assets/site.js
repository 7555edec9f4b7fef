// The course site's page script: draws the math the Markdown pipeline left as LaTeX, and highlights code.
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
