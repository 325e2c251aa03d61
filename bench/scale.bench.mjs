// Scale benchmark in headless Chromium: a page of 50 explorers (bench/pages/scale.tsx) against a
// page of one. First paint, main-thread work until the page is idle, React render time spent on
// explorers that are off screen before anyone scrolls to them, then a programmatic scroll to the
// bottom (one step per frame) with dropped frames and long tasks. Prints; asserts nothing.
import { RUNS, buildPages, launch, median, ms, removeBuild, serve, sleep } from "./browser.mjs";

/** Page configurations: adding one is one line. */
const CASES = [
  { name: "1 secant explorer", query: "?n=1" },
  { name: "50 secant explorers", query: "?n=50" },
  { name: "50 mixed (secant, chain, gradient)", query: "?n=50&mix=1" },
];
const SCROLL_STEP = 120; // px per frame

/**
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.svgPainted != null);
    await sleep(1500);
    /** @param {string} name */
    const metric = async (name) => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      return (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    };
    const loadTask = await metric("TaskDuration");
    const nodes = (await metric("Nodes")) / 1000;
    const mount = await page.evaluate(() => {
      const b = window.__bench;
      const offscreen = new Set();
      for (const section of document.querySelectorAll(".bench-item")) {
        if (section.getBoundingClientRect().top > innerHeight) {
          offscreen.add(`e${section.getAttribute("data-index")}`);
        }
      }
      const off = b.commits.filter((c) => offscreen.has(c.id));
      const on = b.commits.filter((c) => c.id.startsWith("e") && !offscreen.has(c.id));
      const sum = (/** @type {typeof off} */ list) => list.reduce((s, c) => s + c.actual, 0);
      return {
        painted: b.svgPainted ?? NaN,
        offscreen: offscreen.size,
        offscreenRender: sum(off),
        onscreenRender: sum(on),
        svgs: document.querySelectorAll("svg").length,
        katex: document.querySelectorAll(".katex").length,
      };
    });
    const beforeScroll = await metric("TaskDuration");
    const scroll = await page.evaluate(
      (step) =>
        new Promise((done) => {
          const b = window.__bench;
          const from = performance.now();
          const frames = /** @type {number[]} */ ([]);
          const tick = (/** @type {number} */ now) => {
            frames.push(now);
            if (innerHeight + scrollY >= document.documentElement.scrollHeight - 1) {
              let dropped = 0;
              for (let i = 1; i < frames.length; i++) {
                if (/** @type {number} */ (frames[i]) - /** @type {number} */ (frames[i - 1]) > 25)
                  dropped++;
              }
              done({
                frames: frames.length,
                dropped,
                longTasks: b.longTasks.filter(([t]) => t >= from).length,
                time: now - from,
              });
              return;
            }
            scrollBy(0, step);
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      SCROLL_STEP,
    );
    const scrollTask = (await metric("TaskDuration")) - beforeScroll;
    return { loadTask, nodes, ...mount, ...scroll, scrollTask };
  } finally {
    await context.close();
  }
}

const dir = await buildPages(["scale"]);
const server = await serve(dir);
const browser = await launch();
try {
  const runs = Math.max(1, Math.min(RUNS, 3));
  console.log(`${runs} run(s) per case, medians; scroll ${SCROLL_STEP} px per frame to the end.`);
  /** @type {Map<string, Awaited<ReturnType<typeof measure>>[]>} */
  const results = new Map(CASES.map((c) => [c.name, []]));
  for (let r = 0; r < runs; r++) {
    for (const c of CASES) {
      results.get(c.name)?.push(await measure(browser, `${server.url}/scale.html${c.query}`));
    }
  }
  console.log(
    "\n| page | first SVG painted | main-thread work to idle | DOM nodes | off-screen explorers | their render time before seen | on-screen render time | KaTeX formulas in DOM | scroll: dropped frames | long tasks | work while scrolling |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const c of CASES) {
    const list = results.get(c.name) ?? [];
    /** @param {(r: (typeof list)[number]) => number} pick */
    const m = (pick) => median(list.map(pick));
    console.log(
      `| ${c.name} | ${ms(m((r) => r.painted))} | ${ms(m((r) => r.loadTask))} | ${m((r) => r.nodes)} | ${m((r) => r.offscreen)} | ${ms(m((r) => r.offscreenRender))} | ${ms(m((r) => r.onscreenRender))} | ${m((r) => r.katex)} | ${m((r) => r.dropped)} of ${m((r) => r.frames)} | ${m((r) => r.longTasks)} | ${ms(m((r) => r.scrollTask))} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  removeBuild(dir);
}
