// The course's C# session, off the page's thread: starts .NET on WebAssembly, hands Roslyn the bytes of
// every assembly the app ships (the references cells compile against), then runs the cells the page
// sends, one at a time, and posts back each cell's nbformat outputs. The page stops a runaway cell by
// terminating this worker and starting a new one (a fresh session).
import { dotnet } from "./_framework/dotnet.js";

// The runtime fetches every assembly once as it starts; keep a copy of each response for the compiler, so no
// assembly is downloaded twice.
const fetched = new Map();
function keepAssemblies(type, name, defaultUri) {
  if (!name.endsWith(".dll")) { return null; }
  const response = fetch(defaultUri);
  fetched.set(name, response.then((r) => r.clone().arrayBuffer()));
  return response;
}

async function image(name) {
  if (fetched.has(name)) { return new Uint8Array(await fetched.get(name)); }
  const response = await fetch(new URL("./_framework/" + name, import.meta.url));
  if (!response.ok) { throw new Error("could not load " + name + ": HTTP " + response.status); }
  return new Uint8Array(await response.arrayBuffer());
}

// Milliseconds since the worker started, for the page's performance marks (bench/browser-timings.sh reads them).
const timings = {};
const since = performance.now();
function lap(name) { timings[name] = Math.round(performance.now() - since); }

// The course's data sets (the site's data/, listed in data/files.json) go into .NET's in-memory file system, so the
// lessons that load digits or breast cancer data find them where they would on disk.
async function addDataFiles(cells) {
  const folder = new URL("../data/", import.meta.url);
  const list = await fetch(new URL("files.json", folder));
  if (!list.ok) { return; }
  const names = await list.json();
  const files = await Promise.all(names.map(async (name) => {
    const response = await fetch(new URL(name, folder));
    if (!response.ok) { throw new Error("could not load data/" + name + ": HTTP " + response.status); }
    return [name, new Uint8Array(await response.arrayBuffer())];
  }));
  for (const [name, bytes] of files) { cells.AddDataFile(name, bytes); }
}

async function start() {
  const runtime = await dotnet.withConfig({ disableIntegrityCheck: true }).withResourceLoader(keepAssemblies).create();
  const config = runtime.getConfig();
  const names = [...(config.resources.coreAssembly || []), ...(config.resources.assembly || [])]
    .map((asset) => asset.name)
    .filter((name) => name.endsWith(".dll"));
  lap("runtime");
  const exports = await runtime.getAssemblyExports(config.mainAssemblyName + ".dll");
  const images = await Promise.all(names.map(image));
  for (const bytes of images) { exports.Course.Browser.CellExports.AddReference(bytes); }
  fetched.clear();
  lap("references");
  await addDataFiles(exports.Course.Browser.CellExports);
  lap("data");
  return exports.Course.Browser.CellExports;
}

const ready = start();
ready.then(() => postMessage({ type: "ready", timings }), (error) => postMessage({ type: "failed", message: String(error && error.stack || error) }));

// While the learner reads, warm the session up step by step (the first compile and the first chart cost the most on
// the interpreter); a cell the page sends runs before the next step.
let queue = Promise.resolve();
let waiting = 0;
async function warmUp(cells) {
  for (let step = 0, more = true; more; step++) {
    await new Promise((resolve) => setTimeout(resolve, 0)); // lets a cell the page just sent arrive first
    while (waiting > 0) { await queue; }
    const started = performance.now();
    try { more = await cells.WarmUpAsync(step); } catch (error) {
      console.warn("warm-up step " + step + " failed", error);
      timings.warmUpFailed = String(error && error.message || error);
      break;
    }
    timings["warmUp" + step] = Math.round(performance.now() - started);
  }
  lap("warm");
  postMessage({ type: "warm", timings });
}
ready.then(warmUp, () => {});

onmessage = (event) => {
  const { id, code } = event.data;
  waiting++;
  queue = queue.then(async () => {
    try {
      const cells = await ready;
      const result = JSON.parse(await cells.RunAsync(code));
      postMessage({ type: "result", id, ...result });
    } catch (error) {
      postMessage({ type: "result", id, status: "Failed", outputs: [{
        output_type: "error", ename: "BrowserError", evalue: String(error && error.message || error),
        traceback: [String(error && error.stack || error)] }] });
    } finally {
      waiting--;
    }
  });
};
