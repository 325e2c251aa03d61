// Shared by the browser benchmarks: builds the pages of bench/pages/ into static bundles
// (Vite, production React), serves them on 127.0.0.1, launches Debian's Chromium, and turns
// a Chrome performance trace into main-thread work per input step.
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));

import { CHROMIUM_ARGS } from "../test/support/chromium-flags.mjs";

export { CHROMIUM_ARGS };

/** The HTML of a bench page: a start mark for first-paint timing, a fixed-width root, the entry. */
function pageHtml(/** @type {string} */ page) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${page}</title>
    <script>window.__t0 = performance.now();</script>
    <style>body { margin: 0; font-family: sans-serif; } #root { width: 760px; padding: 8px; }</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./${page}.tsx"></script>
  </body>
</html>
`;
}

/** How many times each measurement is repeated (medians are reported); `BENCH_RUNS` overrides. */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

/**
 * Bundles every bench/pages/*.html with its entry (production mode, minified) into a temporary
 * folder and returns it.
 * @param {string[]} pages names of the .html files without extension
 * @param {{ minify?: boolean, profiling?: boolean }} [options] minify (default true; false to
 *   read profiles); profiling: React's profiling build (default true; false for plain production
 *   React, as a page ships it)
 */
export async function buildPages(pages, options = {}) {
  const { build } = await import("vite");
  const react = (await import("@vitejs/plugin-react")).default;
  const outDir = mkdtempSync(join(tmpdir(), "slopes-bench-"));
  const root = resolve(here, "pages");
  /** @type {Record<string, string>} */
  const input = {};
  for (const page of pages) {
    // One HTML shell for every page; only the entry module differs.
    const html = join(root, `${page}.html`);
    writeFileSync(html, pageHtml(page));
    input[page] = html;
  }
  await build({
    configFile: false,
    root,
    base: "./",
    mode: "production",
    logLevel: "error",
    plugins: [react()],
    // React's profiling build: production React whose <Profiler onRender> still reports.
    resolve: {
      alias: options.profiling === false ? {} : { "react-dom/client": "react-dom/profiling" },
    },
    build: {
      outDir,
      emptyOutDir: true,
      minify: options.minify ?? true,
      rolldownOptions: { input },
    },
  });
  return outDir;
}

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".svg": "image/svg+xml",
};

/**
 * Serves `dir` on 127.0.0.1 (a free port), without caching headers.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname),
    ).replace(/^([/\\])+/u, "");
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    response.end(readFileSync(file));
  });
  server.requestTimeout = 10_000;
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/** Launches Chromium (`CHROMIUM_PATH` or /usr/bin/chromium) headless with the test flags. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** Removes a folder made by {@link buildPages}. @param {string} dir */
export function removeBuild(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number,
 *   args?: { name?: string, data?: { type?: string } } }} TraceEvent
 */

/** The trace's events and its renderer main thread: the one that dispatched most pointermoves. */
function mainThread(/** @type {Buffer} */ buffer) {
  const parsed = JSON.parse(buffer.toString("utf8"));
  /** @type {TraceEvent[]} */
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = events
    .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
    .map((e) => `${e.pid}:${e.tid}`);
  const key = (/** @type {TraceEvent} */ e) => `${e.pid}:${e.tid}`;
  const isMove = (/** @type {TraceEvent} */ e) =>
    e.name === "EventDispatch" && e.args?.data?.type === "pointermove";
  let main = mains[0];
  let most = -1;
  for (const m of mains) {
    const n = events.filter((e) => key(e) === m && isMove(e)).length;
    if (n > most) [main, most] = [m, n];
  }
  return { events, main, key, isMove };
}

/**
 * Where the main thread's time went, for BENCH_CATEGORIES=1: the self time (its duration less
 * that of the events nested in it) of each trace event name on the renderer main thread, in
 * milliseconds, summed over the whole trace.
 * @param {Buffer} buffer the JSON returned by `browser.stopTracing()`
 * @returns {Map<string, number>}
 */
export function selfTimeByName(buffer) {
  const { events, main, key } = mainThread(buffer);
  const spans = events
    .filter((e) => key(e) === main && e.ph === "X" && e.dur !== undefined)
    .map((e) => ({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), self: e.dur ?? 0 }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  /** @type {typeof spans} */
  const open = [];
  for (const span of spans) {
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= span.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.self -= span.end - span.ts;
    open.push(span);
  }
  /** @type {Map<string, number>} */
  const total = new Map();
  for (const span of spans) total.set(span.name, (total.get(span.name) ?? 0) + span.self / 1000);
  return total;
}

/**
 * Main-thread work per input step from a Chrome trace: the renderer main thread
 * (CrRendererMain with the most pointermove dispatches), its top-level tasks (RunTask /
 * ThreadControllerImpl::RunTask, overlapping ones merged), cut at the start of each task that
 * dispatches a pointermove. Returns the busy milliseconds of each step (the last, open-ended
 * step is dropped) and the busy time of the whole traced window.
 * @param {Buffer} buffer the JSON returned by `browser.stopTracing()`
 * @returns {{ steps: number[], busy: number, span: number }}
 */
export function workPerStep(buffer) {
  const { events, main, key, isMove } = mainThread(buffer);
  const tasks = events
    .filter(
      (e) =>
        key(e) === main &&
        e.ph === "X" &&
        (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"),
    )
    .map((e) => /** @type {[number, number]} */ ([e.ts, e.ts + (e.dur ?? 0)]))
    .sort((a, b) => a[0] - b[0]);
  /** @type {Array<[number, number]>} */
  const merged = [];
  for (const [s, e] of tasks) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const moves = events
    .filter((e) => key(e) === main && isMove(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  // A step starts with the task that holds its pointermove.
  const cuts = moves.map((t) => {
    const task = merged.find(([s, e]) => s <= t && t <= e);
    return task ? task[0] : t;
  });
  const unique = [...new Set(cuts)];
  /** @type {number[]} */
  const steps = [];
  for (let i = 0; i + 1 < unique.length; i++) {
    const from = /** @type {number} */ (unique[i]);
    const to = /** @type {number} */ (unique[i + 1]);
    let busy = 0;
    for (const [s, e] of merged) {
      if (e <= from || s >= to) continue;
      busy += Math.min(e, to) - Math.max(s, from);
    }
    steps.push(busy / 1000);
  }
  const first = merged[0]?.[0] ?? 0;
  const end = merged[merged.length - 1]?.[1] ?? 0;
  const busy = merged.reduce((sum, [s, e]) => sum + (e - s), 0) / 1000;
  return { steps, busy, span: (end - first) / 1000 };
}

/**
 * The q-quantile (0..1) of numbers, by nearest rank, NaNs left out; NaN for none.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return /** @type {number} */ (sorted[index]);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number} ms */
export const ms = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : "–");

/** @param {number} ratio */
export const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "–");

/** @param {number} t */
export const sleep = (t) => new Promise((done) => setTimeout(done, t));
