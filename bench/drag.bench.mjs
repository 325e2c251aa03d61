// Drag and first-paint benchmarks in headless Chromium: each explorer against a Mafs tangent
// demo and a minimal hand-written React + SVG tangent (the floor). Pages are bench/pages/*.tsx,
// bundled by Vite in production mode. Prints figures and ratios; asserts nothing.
// Run with `npm run bench`; BENCH_RUNS=n repeats each measurement n times (default 5).
import {
  RUNS,
  buildPages,
  launch,
  median,
  ms,
  quantile,
  removeBuild,
  serve,
  sleep,
  times,
  selfTimeByName,
  workPerStep,
} from "./browser.mjs";

/**
 * The widgets measured. Adding an explorer is one line: its page in bench/pages/ and the
 * selector of the element to drag.
 * @typedef {{ name: string, page: string, query?: string, handle: string,
 *   reference?: "mafs" | "floor" }} Widget
 * @type {Widget[]}
 */
const WIDGETS = [
  { name: "SecantExplorer", page: "secant", handle: ".slopes-handle" },
  { name: "GradientExplorer", page: "gradient", handle: ".slopes-handle" },
  {
    name: "GradientExplorer, resolution 256",
    page: "gradient",
    query: "?resolution=256",
    handle: ".slopes-handle",
  },
  { name: "ChainRuleExplorer (x slider)", page: "chain", handle: 'input[type="range"]' },
  { name: "Mafs tangent", page: "mafs", handle: ".mafs-movable-point", reference: "mafs" },
  { name: "floor (React + SVG)", page: "floor", handle: ".floor-handle", reference: "floor" },
];

// BENCH_THROTTLE=1,4 (the default) drags at each CPU throttling rate (CDP
// Emulation.setCPUThrottlingRate, set once the page has loaded): 4 stands for a slow phone.
const RATES = (process.env.BENCH_THROTTLE ?? "1,4").split(",").map(Number);

// BENCH_ONLY=secant,floor measures those pages only (the references are kept for the ratios).
const only = process.env.BENCH_ONLY?.split(",");
if (only) WIDGETS.splice(0, WIDGETS.length, ...WIDGETS.filter((w) => only.includes(w.page)));

// BENCH_HIDE=".slopes-formulas,.slopes-grid" hides parts of the explorers (not of the references)
// to see what they cost: a diagnostic, printed in the header when used.
const HIDE = process.env.BENCH_HIDE ?? "";

// BENCH_CATEGORIES=1 also prints where each widget's main thread spent a step: the self time
// per trace event name (FunctionCall is JavaScript, Layout, Paint, UpdateLayoutTree is style…).
const CATEGORIES = process.env.BENCH_CATEGORIES === "1";

const STEPS = 200;
const AMPLITUDE = 100; // px either side of the handle's start
const FRAME = 1000 / 60;

/** Horizontal offset of drag step i: one triangle wave right, back, left, back. @param {number} i */
function offset(i) {
  const t = (4 * i) / STEPS; // 0..4
  if (t <= 1) return AMPLITUDE * t;
  if (t <= 3) return AMPLITUDE * (2 - t);
  return AMPLITUDE * (t - 4);
}

/**
 * @typedef {{ work: number[], busy: number, commits: number[], frames: number[],
 *   moves: number, longTasks: number, categories: Map<string, number> }} DragRun
 */

/**
 * One 200-step drag of a widget's handle with real mouse input, traced.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @param {Widget} widget
 * @param {number} rate CPU throttling rate (1: none)
 * @returns {Promise<DragRun>}
 */
async function drag(browser, url, widget, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}/${widget.page}.html${widget.query ?? ""}`);
    await page.waitForFunction(() => window.__bench?.svgPainted != null);
    if (HIDE && !widget.reference)
      await page.addStyleTag({ content: `${HIDE} { display: none !important; }` });
    await sleep(300);
    if (rate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await sleep(300);
    }
    const box = await page.locator(widget.handle).first().boundingBox();
    if (!box) throw new Error(`${widget.name}: no ${widget.handle}`);
    const x0 = box.x + box.width / 2;
    const y0 = box.y + box.height / 2;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"],
    });
    const start = await page.evaluate(() => {
      window.__bench.recordFrames = true;
      window.__bench.moves = 0;
      return performance.now();
    });
    const t0 = performance.now();
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(x0 + offset(i), y0);
      const wait = t0 + i * FRAME - performance.now();
      if (wait > 0) await sleep(wait);
    }
    await sleep(50);
    const trace = await browser.stopTracing();
    await page.mouse.up();
    const seen = await page.evaluate((from) => {
      const b = window.__bench;
      b.recordFrames = false;
      return {
        commits: b.commits.filter((c) => c.at >= from).map((c) => c.actual),
        frames: b.frames.filter((t) => t >= from),
        moves: b.moves,
        longTasks: b.longTasks.filter(([t]) => t >= from).length,
      };
    }, start);
    const { steps, busy } = workPerStep(trace);
    // A diagnostic: the whole traced window over the steps taken (workPerStep drops the last,
    // open-ended step), and event nesting taken as strict.
    const categories = CATEGORIES ? selfTimeByName(trace) : new Map();
    for (const [name, total] of categories) categories.set(name, total / STEPS);
    return { work: steps, busy, categories, ...seen };
  } finally {
    await context.close();
  }
}

/**
 * Loads a page in a fresh context and reads when its first SVG was painted.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @param {Widget} widget
 */
async function firstPaint(browser, url, widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  try {
    await tab.goto(`${url}/${widget.page}.html${widget.query ?? ""}`);
    await tab.waitForFunction(() => window.__bench?.svgPainted != null);
    return await tab.evaluate(() => {
      const b = window.__bench;
      const painted = /** @type {number} */ (b.svgPainted);
      const mounted = b.mountStart ?? NaN;
      return {
        fromNavigation: painted,
        fromScript: painted - b.scriptStart,
        fcp: b.fcp ?? NaN,
        load: mounted - b.scriptStart,
        render: (b.svgInserted ?? NaN) - mounted,
        paint: painted - (b.svgInserted ?? NaN),
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * Prints the drag table of one CPU throttling rate.
 * @param {Map<string, DragRun[]>} runs
 * @param {number} rate
 */
function printDrags(runs, rate) {
  /** @param {DragRun[]} list @param {(run: DragRun) => number} pick */
  const med = (list, pick) => median(list.map(pick));
  const summary = WIDGETS.map((w) => {
    const list = runs.get(w.name) ?? [];
    return {
      widget: w,
      work: med(list, (r) => median(r.work)),
      p95: med(list, (r) => quantile(r.work, 0.95)),
      commit: med(list, (r) => median(r.commits)),
      commitP95: med(list, (r) => quantile(r.commits, 0.95)),
      commitsPerStep: med(list, (r) => r.commits.length / STEPS),
      dropped: med(list, (r) => dropped(r.frames)),
      frames: med(list, (r) => r.frames.length),
      steps: med(list, (r) => r.work.length),
      longTasks: med(list, (r) => r.longTasks),
    };
  });
  const mafs = summary.find((s) => s.widget.reference === "mafs");
  const floor = summary.find((s) => s.widget.reference === "floor");

  const throttled = rate > 1 ? `, CPU throttled ×${rate}` : "";
  console.log(
    `\n## Drag${throttled}: main-thread work per step (trace), React commits, dropped frames`,
  );
  console.log(
    "| widget | work/step median | p95 | ÷ Mafs | ÷ floor | commit median | commit p95 | commits/step | dropped frames | long tasks | steps traced |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const s of summary) {
    console.log(
      `| ${s.widget.name} | ${ms(s.work)} | ${ms(s.p95)} | ${times(s.work / (mafs?.work ?? NaN))} | ${times(s.work / (floor?.work ?? NaN))} | ${ms(s.commit)} | ${ms(s.commitP95)} | ${s.commitsPerStep.toFixed(2)} | ${s.dropped} of ${s.frames} | ${s.longTasks} | ${s.steps} |`,
    );
  }
  if (!CATEGORIES) return;
  console.log(`\n### Main-thread self time per step${throttled}, by trace event (medians of runs)`);
  for (const [name, list] of runs) {
    const names = new Set(list.flatMap((r) => [...r.categories.keys()]));
    const rows = [...names]
      .map(
        (event) =>
          /** @type {[string, number]} */ ([
            event,
            median(list.map((r) => r.categories.get(event) ?? 0)),
          ]),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    console.log(`- ${name}: ${rows.map(([event, t]) => `${event} ${ms(t)}`).join(", ")}`);
  }
}

/** @param {number[]} frames rAF timestamps @returns {number} gaps longer than 1.5 frames */
function dropped(frames) {
  let n = 0;
  for (let i = 1; i < frames.length; i++) {
    if (/** @type {number} */ (frames[i]) - /** @type {number} */ (frames[i - 1]) > 1.5 * FRAME)
      n++;
  }
  return n;
}

const dir = await buildPages(WIDGETS.map((w) => w.page));
const server = await serve(dir);
const browser = await launch();
try {
  console.log(
    `Chromium ${browser.version()}, ${RUNS} run(s) per figure, medians of the runs; ` +
      `${STEPS}-step drags at 60 Hz, ±${AMPLITUDE} px.`,
  );
  if (HIDE) console.log(`Diagnostic: hidden in the explorers (display: none): ${HIDE}`);

  // Drags, interleaved across widgets so background load spreads evenly; once per CPU rate.
  for (const rate of RATES) {
    /** @type {Map<string, DragRun[]>} */
    const runs = new Map(WIDGETS.map((w) => [w.name, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const widget of WIDGETS)
        runs.get(widget.name)?.push(await drag(browser, server.url, widget, rate));
    }
    printDrags(runs, rate);
  }

  // First paint, each load in a fresh context (BENCH_PAINT=0 skips it).
  if (process.env.BENCH_PAINT !== "0") await firstPaints(browser, server.url);
} finally {
  await browser.close();
  await server.close();
  removeBuild(dir);
}

/**
 * Loads each page in fresh contexts and prints when its first SVG was painted.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 */
async function firstPaints(browser, url) {
  /**
   * @type {Map<string, Array<{ fromNavigation: number, fromScript: number, fcp: number,
   *   load: number, render: number, paint: number }>>}
   */
  const paints = new Map(WIDGETS.map((w) => [w.name, []]));
  for (let r = 0; r < Math.max(RUNS, 7); r++) {
    for (const widget of WIDGETS) {
      paints.get(widget.name)?.push(await firstPaint(browser, url, widget));
    }
  }
  const paintSummary = WIDGETS.map((w) => {
    const list = paints.get(w.name) ?? [];
    return {
      widget: w,
      nav: median(list.map((p) => p.fromNavigation)),
      script: median(list.map((p) => p.fromScript)),
      fcp: median(list.map((p) => p.fcp)),
      load: median(list.map((p) => p.load)),
      render: median(list.map((p) => p.render)),
      paint: median(list.map((p) => p.paint)),
    };
  });
  const floorPaint = paintSummary.find((s) => s.widget.reference === "floor");
  const mafsPaint = paintSummary.find((s) => s.widget.reference === "mafs");
  console.log("\n## First paint: first frame with the SVG painted");
  console.log(
    "| widget | from navigation | from script start | FCP | ÷ floor (goal ≤ 1.2) | ÷ Mafs | load + evaluate | render | style, layout, paint |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const s of paintSummary) {
    console.log(
      `| ${s.widget.name} | ${ms(s.nav)} | ${ms(s.script)} | ${ms(s.fcp)} | ${times(s.script / (floorPaint?.script ?? NaN))} | ${times(s.script / (mafsPaint?.script ?? NaN))} | ${ms(s.load)} | ${ms(s.render)} | ${ms(s.paint)} |`,
    );
  }
}
