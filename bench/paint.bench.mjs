// First paint of each explorer against the hand-written React + SVG floor and a Mafs tangent,
// on this machine's CPU and with the CPU slowed four times (CDP Emulation.setCPUThrottlingRate,
// a slow phone). Each load in a fresh browser context; loads interleaved across pages and
// rates. "Script start" is an inline script in <head>; the SVG counts as painted in the first
// task after the frame that follows its insertion (bench/pages/harness.tsx). Also shown: when
// the formulas are typeset (KaTeX loads after the first paint). Prints; asserts nothing.
// BENCH_RUNS=n loads (default 7); BENCH_ONLY=secant,floor limits the pages.
import { buildPages, launch, median, ms, removeBuild, serve, times } from "./browser.mjs";

/** @typedef {{ name: string, page: string, reference?: "mafs" | "floor" }} Page */
/** @type {Page[]} */
const PAGES = [
  { name: "SecantExplorer", page: "secant" },
  { name: "ChainRuleExplorer", page: "chain" },
  { name: "GradientExplorer", page: "gradient" },
  { name: "Mafs tangent", page: "mafs", reference: "mafs" },
  { name: "floor (React + SVG)", page: "floor", reference: "floor" },
];
const only = process.env.BENCH_ONLY?.split(",");
const pages = only ? PAGES.filter((p) => only.includes(p.page) || p.reference) : PAGES;
const LOADS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const RATES = [1, 4];

/**
 * One load: milliseconds from script start to the painted SVG, and to typeset formulas.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @param {Page} page
 * @param {number} rate CPU slowdown
 */
async function load(browser, url, page, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await tab.goto(`${url}/${page.page}.html`);
    await tab.waitForFunction(() => window.__bench?.svgPainted != null, null, { timeout: 30_000 });
    const formulas = page.reference
      ? null
      : await tab
          .waitForFunction(
            () => {
              const panel = document.querySelector(".slopes-formulas");
              return panel &&
                panel.querySelector(".katex") &&
                !panel.querySelector("[data-pending]")
                ? performance.now()
                : null;
            },
            null,
            { timeout: 30_000, polling: "raf" },
          )
          .then((handle) => handle.jsonValue());
    return await tab.evaluate((typeset) => {
      const b = window.__bench;
      return {
        paint: /** @type {number} */ (b.svgPainted) - b.scriptStart,
        formulas: typeset === null ? NaN : typeset - b.scriptStart,
      };
    }, formulas);
  } finally {
    await context.close();
  }
}

const dir = await buildPages(pages.map((p) => p.page));
const server = await serve(dir);
const browser = await launch();
try {
  /** @type {Map<string, { paint: number, formulas: number }[]>} */
  const results = new Map();
  for (let run = 0; run < LOADS; run++) {
    for (const rate of RATES) {
      for (const page of pages) {
        const key = `${page.name}@${rate}`;
        results.set(key, [
          ...(results.get(key) ?? []),
          await load(browser, server.url, page, rate),
        ]);
      }
    }
  }
  console.log(
    `Chromium ${browser.version()}, ${LOADS} loads per figure (medians), fresh context each.`,
  );
  for (const rate of RATES) {
    const med = (/** @type {Page} */ page, /** @type {"paint" | "formulas"} */ key) =>
      median((results.get(`${page.name}@${rate}`) ?? []).map((r) => r[key]));
    const floor = pages.find((p) => p.reference === "floor");
    const mafs = pages.find((p) => p.reference === "mafs");
    const floorPaint = floor ? med(floor, "paint") : NaN;
    const mafsPaint = mafs ? med(mafs, "paint") : NaN;
    console.log(`\n## First paint from script start, CPU ×${rate}`);
    console.log("| page | first paint | ÷ floor (goal ≤ 1.3) | ÷ Mafs | formulas typeset |");
    console.log("|---|---|---|---|---|");
    for (const page of pages) {
      const paint = med(page, "paint");
      console.log(
        `| ${page.name} | ${ms(paint)} | ${times(paint / floorPaint)} | ${times(paint / mafsPaint)} | ${ms(med(page, "formulas"))} |`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  removeBuild(dir);
}
