// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { root, serveDirectory } from "./server";

// The chapter as the docs site ships it: the static Storybook build, in Chromium, full page.
const site = join(root, "storybook-static");
let server: Awaited<ReturnType<typeof serveDirectory>>;
let base = "";
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(site, "iframe.html"))) {
    throw new Error("storybook-static is missing: run `npm run build-storybook` before this test.");
  }
  server = await serveDirectory(site);
  base = server.url;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

describe.each([
  ["english", "Derivatives and the chain rule"],
  ["french", "Dérivées et règle de la chaîne"],
])("the chapter page (%s) from the static docs site", (story, title) => {
  it("renders with no console errors and no axe violations", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${m.text()} (${m.location().url})`);
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(
      `${base}/iframe.html?id=chapter-derivatives-and-the-chain-rule--${story}&viewMode=story`,
    );
    await page
      .getByRole("heading", { level: 1, name: new RegExp(title) })
      .waitFor({ timeout: 20_000 });
    // Explorers below the fold mount as they come near: bring each remaining placeholder into
    // view and wait until that very one has mounted (a single fast scroll can outrun the
    // observer on a loaded machine, and the story's play function scrolls too).
    for (let round = 0; round < 30; round++) {
      const next = await page.$(".slopes-placeholder");
      if (!next) break;
      await next.scrollIntoViewIfNeeded().catch(() => undefined); // replaced meanwhile
      await page.waitForFunction(
        (element) => !element.isConnected || !element.classList.contains("slopes-placeholder"),
        next,
        { timeout: 15_000 },
      );
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForSelector(".slopes-gradient svg", { timeout: 10_000 });
    expect(await page.locator(".slopes-placeholder").count()).toBe(0);
    await page.evaluate(() => document.fonts.ready);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (n: Element) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run(document.querySelector("#storybook-root") ?? document.body);
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
