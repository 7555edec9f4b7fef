// Draws one chart. Called as (function (key, figure, kernelSpec) { this file })(…) by a chart's <script>.
// It must work wherever a notebook output's scripts run: the classic Notebook (require.js on the page,
// scripts run from a temporary <script> in <head>), JupyterLab, VS Code, nbconvert's HTML, the site.
// Lines starting with // are removed before the script is written into a chart.
var script = document.currentScript;
var container = null;
var message = 'course-chart-message';

// The chart's own <div>: the element before this script where scripts run in place; otherwise the
// newest <div> with this chart's key that no script has claimed (the classic Notebook runs scripts
// from <head>). Two containers share a key only if they show the same figure, so either draws right.
function find() {
  if (container) { return container; }
  var before = script && script.previousElementSibling;
  if (before && before.getAttribute('data-course-chart') === key && !before.hasAttribute('data-course-chart-claimed')) {
    container = before;
  } else {
    var free = document.querySelectorAll('div[data-course-chart="' + key + '"]:not([data-course-chart-claimed])');
    container = free.length ? free[free.length - 1] : null;
  }
  if (container) { container.setAttribute('data-course-chart-claimed', ''); }
  return container;
}

function say(text) {
  var target = find();
  if (!target) { return; }
  var p = document.createElement('p');
  p.className = message;
  p.style.cssText = 'color:#b00020;border:1px solid #b00020;padding:0.5em;margin:0';
  p.textContent = text;
  target.innerHTML = '';
  target.style.minHeight = '0';
  target.appendChild(p);
}

function draw(Plotly, attempt) {
  var target = find();
  if (!target) {
    // The output may not be in the document yet (JupyterLab renders before attaching).
    if (attempt < 100) { setTimeout(function () { draw(Plotly, attempt + 1); }, 50); }
    return;
  }
  try {
    var drawn = Plotly.newPlot(target, figure);
    if (drawn && drawn.then) { drawn.then(null, function (e) { say('This chart could not be drawn: ' + e); }); }
  } catch (e) {
    say('This chart could not be drawn: ' + e);
  }
}

// plotly.js on this page: already there (the site; a chart earlier in the notebook carries one copy,
// wrapped so it sets window.Plotly even under require.js), or, on a Jupyter server's page, the copy
// `course kernel install` put in the kernelspec folder, which the server serves at
// {base_url}kernelspecs/{name}/plotly.min.js. One load is shared by every chart on the page.
function plotlyUrl() {
  var base = null;
  var config = document.getElementById('jupyter-config-data');
  if (config) {
    try { base = JSON.parse(config.textContent).baseUrl; } catch (e) { base = null; }
  }
  if (!base && document.body) { base = document.body.getAttribute('data-base-url'); }
  if (!base) { return null; }
  var notebook = window.Jupyter && window.Jupyter.notebook;
  var name = (notebook && notebook.kernel && notebook.kernel.name)
    || (notebook && notebook.metadata && notebook.metadata.kernelspec && notebook.metadata.kernelspec.name)
    || kernelSpec;
  return base.replace(/\/?$/, '/') + 'kernelspecs/' + encodeURIComponent(name) + '/plotly.min.js';
}

function ready() { return window.Plotly && window.Plotly.newPlot ? window.Plotly : null; }

function load() {
  var url = plotlyUrl();
  var state = { waiting: [], settled: false };
  var started = Date.now();
  var urlFailed = !url;
  if (url) {
    var tag = document.createElement('script');
    tag.src = url;
    tag.onerror = function () { urlFailed = true; };
    document.head.appendChild(tag);
  }
  function poll() {
    var Plotly = ready();
    var waited = Date.now() - started;
    if (Plotly || (urlFailed && waited > 3000) || waited > 60000) {
      state.settled = true;
      var why = url
        ? 'plotly.js did not load from ' + url + ' (is the course kernel installed with `course kernel install`?).'
        : 'plotly.js is not on this page: the executed notebook carries one copy, in its first chart; run that cell again, or open the notebook in Jupyter or VS Code with the course kernel.';
      for (var i = 0; i < state.waiting.length; i++) {
        if (Plotly) { state.waiting[i][0](Plotly); } else { state.waiting[i][1](why); }
      }
    } else {
      setTimeout(poll, 50);
    }
  }
  setTimeout(poll, 0);
  return state;
}

var Plotly = ready();
if (Plotly) {
  draw(Plotly, 0);
} else {
  var shared = window.courseChartPlotly;
  if (!shared || shared.settled) { shared = window.courseChartPlotly = load(); }
  shared.waiting.push([function (P) { draw(P, 0); }, function (why) { say('This chart could not be drawn: ' + why); }]);
}
