// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { folderRoutes, root, serve } from "./server";

// The built widget pages (dist/pages, issue #13): the offline form opened from disk, and the
// served form framed by a course page with a strict CSP that loads the optional slopes-iframe.js.
const pages = join(root, "dist", "pages");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

beforeAll(async () => {
  if (!existsSync(join(pages, "slopes-page.js"))) {
    throw new Error("dist/pages is missing: run `npm run build` before this test.");
  }
  server = await serve({
    "/": join(import.meta.dirname, "fixtures", "frame-host.html"),
    ...folderRoutes(
      pages,
      (path) => !path.endsWith(".d.ts") && !path.endsWith(".d.cts"),
      "/pages/",
    ),
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("built widget pages", () => {
  it("run from file:// (the offline form) with the state of the link, and keep the address up to date", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const url = `${pathToFileURL(join(pages, "secant.offline.html")).href}?fn=x%5E3&x=2&lang=fr`;
    await page.goto(url);
    const exact = page.locator(".slopes-readout", { hasText: "Pente exacte" }).locator("dd");
    await expect.poll(() => exact.innerText()).toBe("12");
    expect(await page.title()).toMatch(/^Pente d'une courbe/);
    const length = await page.evaluate(() => history.length);
    await page.getByRole("slider", { name: "Point sur la courbe" }).focus();
    await page.keyboard.press("Home");
    await expect.poll(() => new URL(page.url()).searchParams.get("x")).toBe("-3");
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("served: a page loads its own widget's module only, and KaTeX's fonts as files on demand", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const fetched: string[] = [];
    const missing: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    page.on("response", (response) => {
      if (response.status() === 404) missing.push(new URL(response.url()).pathname);
    });
    await page.goto(`${server.url}/pages/secant.html?x=2`);
    const exact = page.locator(".slopes-readout", { hasText: "Exact slope" }).locator("dd");
    await expect.poll(() => exact.innerText()).toBe("4");
    await page.waitForSelector(".slopes-formulas .katex");
    await page.evaluate(() => document.fonts.ready);
    expect(fetched).toContain("/pages/slopes-secant.js");
    const scripts = fetched.filter((path) => path.endsWith(".js"));
    expect(scripts.filter((path) => /slopes-(chain-rule|gradient|page)\.js$/.test(path))).toEqual(
      [],
    );
    const fonts = fetched.filter((path) => path.startsWith("/pages/fonts/"));
    expect(fonts).toContain("/pages/fonts/KaTeX_Main-Regular.woff2");
    expect(fonts.length).toBeLessThan(10);
    // The browser's own request for an icon is the only file missing.
    expect(missing.filter((path) => path !== "/favicon.ico")).toEqual([]);
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
    await page.close();
  });

  it("served: the state of the link is shown, and a drag of the point keeps the address up to date", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}/pages/secant.html?fn=x%5E3&x=1&h=0.25&method=central`);
    const exact = page.locator(".slopes-readout", { hasText: "Exact slope" }).locator("dd");
    await expect.poll(() => exact.innerText()).toBe("3");
    const length = await page.evaluate(() => history.length);
    const handle = page.getByRole("slider", { name: "Point on the curve" });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(box.x + box.width / 2 + step * 10, box.y + box.height / 2);
    }
    await page.mouse.up();
    const x = await handle.getAttribute("aria-valuenow");
    expect(Number(x)).toBeGreaterThan(1);
    await expect.poll(() => new URL(page.url()).searchParams.get("x")).toBe(x);
    const params = new URL(page.url()).searchParams;
    expect([params.get("fn"), params.get("h"), params.get("method")]).toEqual([
      "x^3",
      "0.25",
      "central",
    ]);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("in a course page's frame, under a strict CSP: sized by slopes-iframe.js", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const problems = watch(page);
    await page.goto(`${server.url}/`);
    const frame = page.frameLocator("#frame");
    await expect.poll(() => frame.locator(".slopes-chain-svg").count()).toBe(1);
    const content = () =>
      frame.locator(".slopes-page").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    const frameHeight = () =>
      page.locator("#frame").evaluate((e) => Math.round(e.getBoundingClientRect().height));
    await expect.poll(async () => (await frameHeight()) === (await content())).toBe(true);
    expect(await frameHeight()).toBeGreaterThan(300);
    // Back to the composition: a smaller graph, and the frame follows.
    const before = await frameHeight();
    await frame.getByRole("radio", { name: "Composition f(g(x))" }).click();
    await expect.poll(frameHeight).not.toBe(before);
    await expect.poll(async () => (await frameHeight()) === (await content())).toBe(true);
    // The other frame is left alone.
    expect(await page.locator("#other").evaluate((e) => (e as HTMLElement).style.height)).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });
});
