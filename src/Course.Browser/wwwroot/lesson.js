// A lesson page of the in-browser course: turns each code cell into an editor, runs cells in the C#
// session of a Web Worker (worker.js), draws their outputs as the site does, saves the learner's edits in
// localStorage, downloads the lesson as .ipynb (cell ids kept), resets it on request, and stops a runaway
// cell by ending the worker and starting a fresh session (the page says so: everything defined is gone).
import { createEditor } from "./codemirror.js";

const main = document.querySelector("main.browser-lesson");
const slug = main.dataset.lesson;
const storageKey = "course-browser:" + slug;
const notebook = JSON.parse(document.getElementById("lesson-notebook").textContent);
const status = document.getElementById("kernel-status");
const stopButton = document.getElementById("stop");
const runAllButton = document.getElementById("run-all");

const cells = [];            // { id, section, editor, original, outputs, executionCount }
let worker = null;
let workerReady = null;      // resolves when .NET is up, rejects when stopped before
let workerUp = false;        // whether workerReady has resolved
let abandonStart = null;     // rejects workerReady
let pending = null;          // { cell, resolve } of the cell running now
let queue = [];              // cells waiting to run
let busy = false;

function setStatus(text, state) {
  status.textContent = text;
  document.body.dataset.kernel = state;
}

// ---- the C# session (a Web Worker) ----
function startWorker() {
  setStatus("Starting C#… (the first start downloads the .NET runtime and the compiler)", "starting");
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  workerUp = false;
  workerReady = new Promise((resolve, reject) => {
    abandonStart = () => reject(new Error("stopped while C# was starting"));
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "ready") {
        performance.mark("course-ready", { detail: message.timings });
        workerUp = true;
        resolve();
        if (!busy) { setStatus("Ready", "ready"); }
      }
      else if (message.type === "warm") { performance.mark("course-warm", { detail: message.timings }); }
      else if (message.type === "failed") { reject(new Error(message.message)); setStatus("C# could not start: " + message.message, "failed"); }
      else if (message.type === "result" && pending) { const p = pending; pending = null; p.resolve(message); }
    };
  });
  workerReady.catch(() => {});
}

function stopWorker() {
  worker.terminate();
  worker = null;
  if (!workerUp) { abandonStart(); } // a cell waiting for .NET to start stops waiting
}

// ---- outputs ----
function text(tag, className, content) {
  const element = document.createElement(tag);
  if (className) { element.className = className; }
  element.textContent = content;
  return element;
}

function joined(value) { return Array.isArray(value) ? value.join("") : (value ?? ""); }

function runScripts(container) {
  for (const old of container.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const attribute of old.attributes) { script.setAttribute(attribute.name, attribute.value); }
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

function renderOutput(output) {
  switch (output.output_type) {
    case "stream": {
      const div = document.createElement("div");
      div.className = "output stream " + (output.name || "stdout");
      div.append(text("pre", "", joined(output.text)));
      return div;
    }
    case "error": {
      const div = document.createElement("div");
      div.className = "output error";
      const traceback = (output.traceback || []).join("\n").replace(/\u001b\[[0-9;]*m/g, "");
      div.append(text("pre", "", output.ename + ": " + output.evalue + (traceback && traceback !== output.evalue ? "\n" + traceback : "")));
      return div;
    }
    case "display_data":
    case "execute_result": {
      const data = output.data || {};
      const div = document.createElement("div");
      div.className = "output";
      if (data["text/html"] !== undefined) {
        div.innerHTML = joined(data["text/html"]);
        if (div.querySelector("[data-course-chart]")) { div.className = "output chart"; }
      } else if (data["image/png"] !== undefined) {
        const image = document.createElement("img");
        image.alt = "";
        image.src = "data:image/png;base64," + joined(data["image/png"]).replace(/\n/g, "");
        div.append(image);
      } else {
        div.append(text("pre", "", joined(data["text/plain"])));
      }
      return div;
    }
    default:
      return null;
  }
}

function showOutputs(cell) {
  const area = cell.section.querySelector(".outputs");
  area.replaceChildren();
  for (const output of cell.outputs) {
    const element = renderOutput(output);
    if (element) { area.append(element); runScripts(element); }
  }
  cell.section.querySelector(".prompt").textContent = "[" + (cell.executionCount ?? " ") + "]";
}

function note(cell, message, className) {
  cell.section.querySelector(".outputs").append(text("p", className, message));
}

// ---- running ----
function setBusy(value) {
  busy = value;
  stopButton.disabled = !value;
  runAllButton.disabled = value;
  document.body.classList.toggle("busy", value);
}

async function runQueue() {
  if (busy) { return; }
  setBusy(true);
  while (queue.length > 0) {
    const cell = queue.shift();
    const number = cells.indexOf(cell) + 1;
    cell.section.classList.add("running");
    cell.section.classList.remove("queued");
    cell.section.querySelector(".prompt").textContent = "[*]";
    setStatus(workerReady ? "Running cell " + number + "…" : "Starting C#…", "busy");
    try { await workerReady; } catch (error) {
      cell.section.classList.remove("running");
      cell.section.querySelector(".prompt").textContent = "[ ]";
      if (error.message.startsWith("stopped")) { note(cell, "Stopped before C# had started; it is starting again.", "stopped"); }
      break;
    }
    setStatus("Running cell " + number + "…", "busy");
    const started = performance.now();
    const result = await new Promise((resolve) => { pending = { cell, resolve }; worker.postMessage({ id: number, code: cell.editor.getValue() }); });
    cell.section.classList.remove("running");
    if (result.stopped) {
      cell.outputs = [];
      cell.executionCount = null;
      showOutputs(cell);
      note(cell, "Stopped. The C# session was restarted: everything the cells defined is gone; run the cells above again before this one.", "stopped");
      break;
    }
    cell.outputs = result.outputs || [];
    cell.executionCount = result.executionCount ?? null;
    cell.section.dataset.status = result.status;
    cell.section.dataset.milliseconds = String(Math.round(performance.now() - started));
    performance.mark("course-cell-" + number, { detail: result.timings });
    showOutputs(cell);
    if (result.status !== "Succeeded") { break; }
  }
  for (const waiting of queue) { waiting.section.classList.remove("queued"); }
  queue = [];
  setBusy(false);
  if (worker && workerUp) { setStatus("Ready", "ready"); }
  else if (worker) { setStatus("Starting C#…", "starting"); }
}

function enqueue(list) {
  for (const cell of list) {
    if (!queue.includes(cell)) { queue.push(cell); cell.section.classList.add("queued"); }
  }
  runQueue();
}

function stop() {
  if (!busy) { return; }
  const running = pending;
  pending = null;
  stopWorker();
  startWorker();
  if (running) { running.resolve({ stopped: true }); }
  setStatus("Stopped; starting a fresh C# session…", "starting");
}

// ---- saving, downloading, resetting ----
function save() {
  const sources = {};
  for (const cell of cells) {
    const value = cell.editor.getValue();
    if (value !== cell.original) { sources[cell.id] = value; }
  }
  try {
    if (Object.keys(sources).length === 0) { localStorage.removeItem(storageKey); }
    else { localStorage.setItem(storageKey, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), sources })); }
  } catch (error) {
    setStatus("Could not save your edits in this browser: " + error.message, document.body.dataset.kernel);
  }
}

function saved() {
  try { return JSON.parse(localStorage.getItem(storageKey) || "null")?.sources || {}; } catch { return {}; }
}

function lines(source) {
  const parts = source.split("\n");
  return parts.map((line, index) => (index < parts.length - 1 ? line + "\n" : line)).filter((line) => line.length > 0);
}

function download() {
  const copy = JSON.parse(JSON.stringify(notebook));
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  for (const cell of copy.cells) {
    const live = byId.get(cell.id);
    if (cell.cell_type !== "code" || !live) { continue; }
    cell.source = lines(live.editor.getValue());
    cell.outputs = live.outputs;
    cell.execution_count = live.executionCount;
  }
  const blob = new Blob([JSON.stringify(copy, null, 1) + "\n"], { type: "application/x-ipynb+json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = slug + ".ipynb";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function reset() {
  if (!confirm("Reset this lesson? Your edits and answers on this page are deleted and every cell goes back to how the lesson starts.")) { return; }
  stop();
  for (const cell of cells) {
    cell.editor.setValue(cell.original);
    cell.outputs = [];
    cell.executionCount = null;
    delete cell.section.dataset.status;
    showOutputs(cell);
  }
  localStorage.removeItem(storageKey);
}

// ---- the page ----
startWorker(); // first: .NET starts downloading while the editors are built
const sources = saved();
const notebookCells = new Map(notebook.cells.filter((c) => c.cell_type === "code").map((c) => [c.id, joined(c.source)]));
let saveTimer = null;
for (const section of document.querySelectorAll("section.cell.code")) {
  const id = section.dataset.cellId;
  const original = notebookCells.get(id) ?? section.querySelector("textarea").value;
  const textarea = section.querySelector("textarea");
  const host = section.querySelector(".editor");
  const cell = { id, section, original, outputs: [], executionCount: null, editor: null };
  const label = textarea.getAttribute("aria-label");
  textarea.remove();
  cell.editor = createEditor(host, sources[id] ?? original, {
    label,
    onChange: () => { clearTimeout(saveTimer); saveTimer = setTimeout(save, 250); },
    onRun: () => {
      enqueue([cell]);
      const next = cells[cells.indexOf(cell) + 1];
      if (next) { next.editor.focus(); }
    },
  });
  if (sources[id] !== undefined) { section.classList.add("edited"); }
  section.querySelector(".run-cell").addEventListener("click", () => enqueue([cell]));
  cells.push(cell);
}

runAllButton.addEventListener("click", () => enqueue(cells));
stopButton.addEventListener("click", stop);
document.getElementById("download").addEventListener("click", download);
document.getElementById("reset").addEventListener("click", reset);
window.addEventListener("beforeunload", save);
