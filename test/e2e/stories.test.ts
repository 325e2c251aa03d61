// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, ConsoleMessage, Page, Response } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { root, serveDirectory } from "./server";

// Every story of the static docs site, opened ALONE, as a reader who follows a link to it:
// `iframe.html?id=<id>&viewMode=story` loaded as a new document at 1000 × 800, then wait until
// Storybook reports the story finished (rendered, played, checked). A story fails on a console
// error or page error, a render or play-function exception, or an axe violation. The axe run is
// the one the story tests make (addon-a11y's, after the play function, with the story's
// `parameters.a11y`); its result comes back in the `storyFinished` event. The Vitest story
// project runs the same stories in its own browser page at 1024 × 768, with React's act()
// flushing every update at once: this catches what only shows in the built site (production
// React, no act), in a fresh page, or in another window size.

const site = process.env.STORYBOOK_STATIC ?? join(root, "storybook-static");
/** Stories run at the same time, each page in its own browser context. */
const PAGES = Number(process.env.STORY_PAGES ?? 3);
/**
 * `STORY_VIEWPORT=390x844` for a phone-sized run (every story passed there too). Not part of
 * `npm test`: each run costs about 250 s of CPU, so two sizes would double the time.
 */
const [width = 1000, height = 800] = (process.env.STORY_VIEWPORT ?? "1000x800")
  .split("x")
  .map(Number);
const VIEWPORT = { width, height };
/**
 * Longest a story may take from navigation to `storyFinished`: a few seconds when idle, but the
 * chapter pages took 84-91 s on a 2-core machine running a second test suite beside this one.
 */
const STORY_TIMEOUT = 120_000;

interface IndexEntry {
  id: string;
  type: string;
  title: string;
  name: string;
  tags?: string[];
}

/** The stories Vitest runs too (tagged `test`), from the build's index.json. */
function readStories(): IndexEntry[] {
  const file = join(site, "index.json");
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter(
    (entry) => entry.type === "story" && (entry.tags ?? []).includes("test"),
  );
}

/** What the page saw, recorded by the script below from Storybook's channel. */
interface StoryRun {
  phases: string[];
  problems: string[];
  done: boolean;
  status?: string;
  a11y?: { status: string; violations: string[]; error?: string };
  a11yExpected?: boolean;
}

/**
 * Runs in the page before Storybook: hooks every channel Storybook installs in
 * `window.__STORYBOOK_ADDONS_CHANNEL__` and records the story's events in `window.__storyRun`.
 */
function recordStoryEvents() {
  const run: StoryRun = { phases: [], problems: [], done: false };
  (window as unknown as { __storyRun: StoryRun }).__storyRun = run;
  type Channel = { on: (event: string, listener: (...args: never[]) => void) => void };
  type Failure = { message?: string; title?: string; description?: string };
  const message = (failure: Failure | undefined) =>
    failure?.message ?? [failure?.title, failure?.description].filter(Boolean).join(": ");
  const hooked = new WeakSet<object>();
  const hook = (channel: Channel | undefined) => {
    if (!channel || typeof channel.on !== "function" || hooked.has(channel)) return;
    hooked.add(channel);
    channel.on("storyRenderPhaseChanged", (event: { newPhase: string }) => {
      run.phases.push(event.newPhase);
    });
    channel.on("storyMissing", () => {
      run.problems.push("storyMissing: the story is not in this build");
      run.done = true;
    });
    channel.on("storyErrored", (error: Failure) => {
      run.problems.push(`storyErrored: ${message(error)}`);
    });
    channel.on("storyThrewException", (error: Failure) => {
      run.problems.push(`storyThrewException: ${message(error)}`);
    });
    channel.on("playFunctionThrewException", (error: Failure) => {
      run.problems.push(`playFunctionThrewException: ${message(error)}`);
    });
    channel.on("unhandledErrorsWhilePlaying", (errors: Failure[]) => {
      for (const error of errors)
        run.problems.push(`unhandled error while playing: ${message(error)}`);
    });
    channel.on(
      "storyFinished",
      (event: {
        status: string;
        reporters: {
          type: string;
          status: string;
          result?: {
            error?: Failure;
            violations?: { id: string; nodes: { target: unknown[] }[] }[];
          };
        }[];
      }) => {
        run.status = event.status;
        const report = event.reporters.find((r) => r.type === "a11y");
        if (report) {
          run.a11y = {
            status: report.status,
            violations: (report.result?.violations ?? []).map(
              (v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
            ),
          };
          if (report.result?.error) run.a11y.error = message(report.result.error);
        }
        // addon-a11y checks every story unless its parameters turn it off.
        const preview = (
          window as unknown as {
            __STORYBOOK_PREVIEW__?: {
              currentRender?: {
                story?: { parameters?: { a11y?: { disable?: boolean; test?: string } } };
              };
            };
          }
        ).__STORYBOOK_PREVIEW__;
        const a11y = preview?.currentRender?.story?.parameters?.a11y;
        run.a11yExpected = a11y?.disable !== true && a11y?.test !== "off";
        run.done = true;
      },
    );
  };
  let current: Channel | undefined;
  Object.defineProperty(window, "__STORYBOOK_ADDONS_CHANNEL__", {
    configurable: true,
    get: () => current,
    set: (channel: Channel) => {
      current = channel;
      hook(channel);
    },
  });
}

/**
 * `size` pages, each in its own browser context, lent to one story at a time. A story gets a
 * fresh document (a full navigation), and the browser keeps the bundles it has already loaded.
 */
function pagePool(size: number) {
  const free: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let created = 0;
  const acquire = async (): Promise<Page> => {
    const page = free.pop();
    if (page) return page;
    if (created < size) {
      created++;
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(recordStoryEvents);
      return context.newPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else free.push(page);
  };
  return async <T>(task: (page: Page) => Promise<T>): Promise<T> => {
    const page = await acquire();
    try {
      return await task(page);
    } finally {
      release(page);
    }
  };
}

const stories = readStories();
const withPage = pagePool(PAGES);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let started = 0;
/** Seconds from navigation to the end of the checks, by story id. */
const durations = new Map<string, number>();

beforeAll(async () => {
  if (!existsSync(join(site, "iframe.html")) || stories.length === 0) {
    throw new Error(`${site} is missing: run \`npm run build-storybook\` before this test.`);
  }
  server = await serveDirectory(site);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  started = Date.now();
}, 30_000);

afterAll(async () => {
  if (started) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const slowest = [...durations]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([id, s]) => `${id} ${s.toFixed(1)} s`);
    console.log(
      `Stories alone: ${durations.size} stories at ${VIEWPORT.width} × ${VIEWPORT.height} in ${seconds} s (${PAGES} pages at a time); slowest: ${slowest.join(", ")}`,
    );
  }
  await browser?.close();
  await server?.close();
});

/** Opens one story alone in `page` and returns everything that went wrong (empty: it passed). */
async function runAlone(page: Page, id: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()} (${m.location().url})`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  const start = Date.now();
  try {
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const finished = await page
      .waitForFunction(
        () => (window as unknown as { __storyRun: StoryRun }).__storyRun.done,
        null,
        {
          timeout: STORY_TIMEOUT,
          polling: 100,
        },
      )
      .then(() => true)
      .catch(() => false);
    const run = await page.evaluate(
      () => (window as unknown as { __storyRun: StoryRun }).__storyRun,
    );
    problems.push(...run.problems);
    if (!finished) {
      problems.push(
        `did not finish within ${STORY_TIMEOUT / 1000} s (phases: ${run.phases.join(" → ")})`,
      );
    } else if (run.status !== undefined && run.status !== "success") {
      problems.push(
        `storyFinished with status "${run.status}" (phases: ${run.phases.join(" → ")})`,
      );
    }
    if (run.a11y) {
      if (run.a11y.error) problems.push(`axe could not run: ${run.a11y.error}`);
      if (run.a11y.status === "failed") {
        problems.push(...run.a11y.violations.map((v) => `axe violation: ${v}`));
      }
    } else if (finished && run.status === "success" && run.a11yExpected) {
      problems.push("no axe result although the story's a11y checks are on");
    }
    return problems;
  } finally {
    durations.set(id, (Date.now() - start) / 1000);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
  }
}

describe.concurrent(`every story opened alone in the static docs site (${site})`, () => {
  // Without a build there is no list of stories: one test says so (beforeAll gives the advice).
  if (stories.length === 0) it("finds the stories in index.json", () => undefined);
  it.each(stories.map((story) => [story.id, story] as const))(
    "%s",
    async (id) => {
      const problems = await withPage((page) => runAlone(page, id));
      expect(problems, `${id} opened alone:\n${problems.join("\n")}`).toEqual([]);
    },
    // Waiting for a free page counts too.
    STORY_TIMEOUT * 4,
  );
});
