// Bytes a reader downloads, as a server with gzip sends them (text gzipped at level 9, as
// precompressed static files; woff2 fonts as they are), before the widget is painted and in
// total once the page is idle (formulas typeset, their fonts fetched). Pages, each loaded in
// Chromium from a local server in a fresh context:
// - a plain HTML page with one <slopes-secant>, with the module build (slopes-embed.js and the
//   chunks it loads) and with the classic-script build (slopes-embed.classic.js);
// - each widget page by URL (dist/pages/secant.html, …; served form);
// - the Mafs tangent page (bench/pages/mafs.tsx: no formulas) and the hand-written React + SVG
//   floor (bench/pages/floor.tsx), built with production React.
// "Painted": the first task after the frame in which the widget's SVG (wider than 200 px, in the
// document or in an element's shadow root) is present. A response counts before the paint when
// Resource Timing says it ended before then. Prints; asserts nothing. Needs dist/ (`npm run
// bench` builds it first).
import { cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPages, launch, removeBuild, serve, times } from "./browser.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Goals of issue #13, in KB (1024 bytes) before the widget is painted. */
const GOALS = { embed: 150, page: 170 };

/** A plain course page with one secant element, loaded by `script`. */
const plainPage = (/** @type {string} */ script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A course page with one widget</title>
    ${script}
  </head>
  <body>
    <h1>The slope of a curve</h1>
    <slopes-secant fn="x^2" x="1" h="0.5"></slopes-secant>
  </body>
</html>
`;

/** @typedef {{ name: string, path: string, goal?: number, reference?: "mafs" | "floor" }} Page */
/** @type {Page[]} */
const PAGES = [
  { name: "<slopes-secant>, module build", path: "secant-module.html", goal: GOALS.embed },
  { name: "<slopes-secant>, classic build", path: "secant-classic.html" },
  { name: "widget page secant.html", path: "pages/secant.html?x=1.5", goal: GOALS.page },
  { name: "widget page chain-rule.html", path: "pages/chain-rule.html", goal: GOALS.page },
  { name: "widget page gradient.html", path: "pages/gradient.html", goal: GOALS.page },
  { name: "Mafs tangent (no formulas)", path: "mafs.html", reference: "mafs" },
  { name: "floor (React + SVG)", path: "floor.html", reference: "floor" },
];

/** Records, in the page's clock, when the widget's SVG was first painted. */
function watchPaint() {
  const shown = () =>
    [document, ...[...document.querySelectorAll("*")].flatMap((e) => e.shadowRoot ?? [])].some(
      (scope) => [...scope.querySelectorAll("svg")].some((svg) => svg.clientWidth > 200),
    );
  const tick = () => {
    // A task queued from a frame callback runs after that frame's paint.
    if (shown()) setTimeout(() => Object.assign(window, { __painted: performance.now() }), 0);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** @type {Map<string, number>} */
const sizes = new Map();
/** What the server would send for a path of `dir`: gzip for text, fonts as they are. */
function sent(/** @type {string} */ dir, /** @type {string} */ path) {
  const file = join(dir, decodeURIComponent(path));
  let size = sizes.get(file);
  if (size === undefined) {
    size = [".woff2", ".woff", ".png"].includes(extname(file))
      ? statSync(file).size
      : gzipSync(readFileSync(file), { level: 9 }).length;
    sizes.set(file, size);
  }
  return size;
}

/**
 * One load: bytes before the paint and in total once idle.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @param {string} dir
 */
async function load(browser, url, dir) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  try {
    await tab.addInitScript(watchPaint);
    await tab.goto(url);
    await tab.waitForFunction(() => "__painted" in window, null, { timeout: 30_000 });
    await tab.waitForLoadState("networkidle");
    await tab.waitForTimeout(1000);
    await tab.waitForLoadState("networkidle");
    const { painted, entries } = await tab.evaluate(() => ({
      painted: /** @type {number} */ (/** @type {any} */ (window).__painted),
      entries: [
        ...performance.getEntriesByType("navigation"),
        ...performance.getEntriesByType("resource"),
      ].map((e) => ({
        path: new URL(e.name).pathname,
        end: /** @type {PerformanceResourceTiming} */ (e).responseEnd,
      })),
    }));
    let before = 0;
    let total = 0;
    for (const { path, end } of entries) {
      if (!path.startsWith("/") || path === "/favicon.ico") continue;
      const bytes = sent(dir, path.slice(1));
      total += bytes;
      if (end <= painted) before += bytes;
    }
    return { before, total, files: entries.length };
  } finally {
    await context.close();
  }
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const dir = await buildPages(["mafs", "floor"], { profiling: false });
cpSync(join(root, "dist", "embed"), join(dir, "embed"), { recursive: true });
cpSync(join(root, "dist", "pages"), join(dir, "pages"), { recursive: true });
writeFileSync(
  join(dir, "secant-module.html"),
  plainPage(`<script type="module" src="embed/slopes-embed.js"></script>`),
);
writeFileSync(
  join(dir, "secant-classic.html"),
  plainPage(`<script defer src="embed/slopes-embed.classic.js"></script>`),
);
const server = await serve(dir);
const browser = await launch();
try {
  /** @type {Map<Page, { before: number, total: number, files: number }>} */
  const results = new Map();
  for (const page of PAGES)
    results.set(page, await load(browser, `${server.url}/${page.path}`, dir));
  const ref = (/** @type {string} */ kind) =>
    results.get(/** @type {Page} */ (PAGES.find((p) => p.reference === kind)))?.before ?? NaN;
  const floor = ref("floor");
  const mafs = ref("mafs");
  console.log(`\n## Transferred (gzip -9; fonts as woff2), Chromium ${browser.version()}`);
  console.log(
    "| page | before the widget is painted | goal | ÷ floor | ÷ Mafs | total once idle | files |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const [page, { before, total, files }] of results) {
    const goal = page.goal ? `≤ ${page.goal} KB ${before / 1024 <= page.goal ? "✔" : "✘"}` : "–";
    console.log(
      `| ${page.name} | ${kb(before)} | ${goal} | ${times(before / floor)} | ${times(before / mafs)} | ${kb(total)} | ${files} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  removeBuild(dir);
}
