// The in-browser course's speed, measured the way a learner meets it: a local static server over `course browser`'s
// output, Debian's headless Chromium (Playwright) with an empty cache, and for each lesson: page open → C# ready,
// → first cell's result (Run all clicked as soon as the page is up), each cell's time with the engine's phases,
// and the compressed size of everything the page fetched (gzip -9 and brotli q11 of each file).
// Usage: node bench/browser-timings.mjs SITE_FOLDER [lesson …]   (bench/browser-timings.sh builds the site first)
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, extname, normalize } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { loadavg } from "node:os";

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE);
const [site, ...requested] = process.argv.slice(2);
const lessons = requested.length > 0 ? requested : ["01-gradient-descent", "03-momentum"];
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".woff2": "font/woff2" };

// A plain static server: a file's bytes and its content type, as the tests' server and any static host give them.
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(site, path);
  if (!existsSync(file) || !statSync(file).isFile()) { response.writeHead(404); response.end(); return; }
  response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const seconds = (ms) => (ms / 1000).toFixed(1);
const compressed = new Map();
function sizes(file) {
  if (!compressed.has(file)) {
    const bytes = readFileSync(file);
    compressed.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length });
  }
  return compressed.get(file);
}

// One lesson in a fresh context (empty cache). "at once": Run all is clicked as soon as the page is up, so the cells wait
// for .NET to start; "after reading": Run all is clicked once the worker has warmed the session up.
async function measure(lesson, pass) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fetched = new Set();
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host !== new URL(address).host) { route.abort(); return; }
    fetched.add(url.pathname);
    route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => { if (message.type() === "warning" || message.type() === "error") { errors.push(message.text()); } });
  page.setDefaultTimeout(20 * 60_000);
  const load = loadavg()[0];
  await page.goto(address + lesson + ".html");
  if (pass === "after reading") {
    await page.waitForFunction(() => performance.getEntriesByName("course-warm").length > 0 || document.body.dataset.kernel === "failed",
      null, { polling: 100 });
  }
  const clicked = await page.evaluate(() => performance.now());
  await page.click("#run-all");
  await page.waitForFunction(() => performance.getEntriesByName("course-ready").length > 0 || document.body.dataset.kernel === "failed");
  await page.waitForFunction(() => !document.body.classList.contains("busy"), null, { polling: 250 });
  const marks = await page.evaluate(() => performance.getEntriesByType("mark")
    .filter((m) => m.name.startsWith("course-")).map((m) => ({ name: m.name, at: m.startTime, detail: m.detail })));
  const statuses = await page.$$eval("section.cell.code", (s) => s.map((c) => c.dataset.status || "not run"));
  await context.close();
  const ready = marks.find((m) => m.name === "course-ready");
  const warm = marks.find((m) => m.name === "course-warm");
  const cells = marks.filter((m) => m.name.startsWith("course-cell-"));
  const w = warm?.detail || ready?.detail || {};

  console.log(`\n${lesson}, Run all clicked ${pass} (load average ${load.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end)`);
  console.log(`  page open → C# ready        ${seconds(ready?.at ?? NaN)} s   (in the worker: runtime up ${seconds(w.runtime ?? NaN)} s, `
    + `references handed over ${seconds(w.references ?? NaN)} s)`);
  if (warm) {
    console.log(`  page open → warmed up       ${seconds(warm.at)} s   (steps: an empty cell ${seconds(w.warmUp0 ?? NaN)} s, first compile+run `
      + `${seconds(w.warmUp1 ?? NaN)} s, first chart ${seconds(w.warmUp2 ?? NaN)} s)${w.warmUpFailed ? " FAILED: " + w.warmUpFailed : ""}`);
  }
  console.log(`  Run all clicked at          ${seconds(clicked)} s`);
  console.log(`  page open → first result    ${seconds(cells[0]?.at ?? NaN)} s   (click → first result ${seconds((cells[0]?.at ?? NaN) - clicked)} s)`);
  console.log("  cell  wait s   compile   run  format   (engine phases in s; wait = since the previous result or the click)");
  let previous = Math.max(clicked, ready?.at ?? 0);
  for (const mark of cells) {
    const number = Number(mark.name.slice("course-cell-".length));
    const t = mark.detail || {};
    const wait = mark.at - previous;
    previous = mark.at;
    console.log(`  ${String(number).padStart(4)}  ${seconds(wait).padStart(6)}   ${seconds(t.compile ?? 0).padStart(6)}`
      + `  ${seconds(t.run ?? 0).padStart(4)}  ${seconds(t.format ?? 0).padStart(6)}   ${statuses[number - 1]}`);
  }
  const later = cells.slice(1).map((m, i) => m.at - cells[i].at).sort((a, b) => a - b);
  if (later.length > 0) {
    console.log(`  later cells: median ${seconds(later[Math.floor(later.length / 2)])} s, max ${seconds(later[later.length - 1])} s, `
      + `${later.filter((ms) => ms < 1000).length} of ${later.length} under 1 s`);
  }
  if (errors.length > 0) { console.log("  page errors: " + errors.join(" | ")); }
  return fetched;
}

const everything = new Set();
for (const lesson of lessons) {
  for (const pass of ["at once", "after reading"]) {
    for (const path of await measure(lesson, pass)) { everything.add(path); }
  }
}

if (process.env.SIZES !== "0") {
  let total = { raw: 0, gzip: 0, brotli: 0 };
  let files = 0;
  for (const path of everything) {
    const file = join(site, path);
    if (existsSync(file) && statSync(file).isFile()) {
      const s = sizes(file);
      files++;
      total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli };
    }
  }
  console.log(`\ndownload (every file these pages fetched): ${files} files, ${(total.raw / 1e6).toFixed(1)} MB raw, `
    + `${(total.gzip / 1e6).toFixed(1)} MB gzip -9, ${(total.brotli / 1e6).toFixed(1)} MB brotli q11`);
}
await browser.close();
server.close();
