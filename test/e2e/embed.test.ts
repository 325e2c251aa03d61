// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { folderRoutes, root, serve } from "./server";

const embed = join(root, "dist", "embed");
let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serve>>;
const consoleErrors: string[] = [];

async function readout(term: string, element = "#secant"): Promise<string> {
  return readoutIn(page, term, element);
}

async function readoutIn(tab: Page, term: string, element = "#secant"): Promise<string> {
  return tab
    .locator(element)
    .locator(".slopes-readout", { hasText: term })
    .first()
    .locator("dd")
    .innerText();
}

beforeAll(async () => {
  if (!existsSync(join(embed, "slopes-embed.js"))) {
    throw new Error("dist/embed is missing: run `npm run build` before this test.");
  }
  server = await serve({
    "/": join(import.meta.dirname, "fixtures", "embed.html"),
    "/page.js": join(import.meta.dirname, "fixtures", "page.js"),
    // The bundle, its chunks (each element's code, KaTeX's after the first paint), its
    // optional stylesheet and its fonts (fetched when a formula uses them).
    ...folderRoutes(embed),
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.goto(server.url + "/");
  await page.waitForSelector("#secant svg");
  // Widgets below the fold mount when they come near: bring the last one into view.
  await page.locator("#gradient").scrollIntoViewIfNeeded();
  await page.waitForSelector("#gradient svg");
  await page.evaluate(() => window.scrollTo(0, 0));
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("custom elements on a plain HTML page with script-src 'self'", () => {
  it("renders the explorer with no React on the page and the CSP respected", async () => {
    expect(await page.evaluate(() => "React" in window)).toBe(false);
    expect(await readout("Exact slope")).toBe("2");
    expect(await readout("Secant slope")).toBe("2.1");
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("loads KaTeX after the picture; the single-file stylesheet brings the fonts its formulas use, with no fetch", async () => {
    await page.waitForSelector("#secant .slopes-formulas .katex");
    await page.evaluate(() => document.fonts.ready);
    const families = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.status === "loaded")
        .map((f) => f.family.replace(/"/g, "")),
    );
    expect(families).toContain("KaTeX_Main");
    // Only the faces a formula uses are loaded: no formula here is written in Fraktur or Script.
    expect(families).not.toContain("KaTeX_Fraktur");
    expect(families).not.toContain("KaTeX_Script");
    // This page links slopes-embed.css, whose fonts are inlined (the single-file option): the
    // elements then declare no fonts of their own, and no font file is fetched. The page
    // without it (below) fetches the files.
    const fonts = await page.evaluate(
      () =>
        performance.getEntriesByType("resource").filter((e) => e.name.includes("/fonts/")).length,
    );
    expect(fonts).toBe(0);
  });

  it("follows attribute changes", async () => {
    await page.evaluate(() => document.getElementById("secant")?.setAttribute("x", "-1"));
    await expect.poll(() => readout("Exact slope")).toBe("−2");
    await page.evaluate(() => document.getElementById("secant")?.setAttribute("fn", "x^3"));
    await expect.poll(() => readout("Exact slope")).toBe("3");
  });

  it("registers the chain-rule and gradient elements with the chapter's numbers", async () => {
    expect(await readout("product along the path", "#chain")).toBe("−0.5");
    expect(await readout("Gradient", "#gradient")).toBe("(2, 4)");
    await page.evaluate(() => document.getElementById("gradient")?.setAttribute("probe", "0, 0"));
    await expect.poll(() => readout("Gradient", "#gradient")).toBe("(0, 0)");
  });

  it("speaks the language of its lang attribute", async () => {
    expect(await readout("Pente exacte", "#french")).toBe("0,5");
  });

  it("dispatches a change event with the state at the end of a gesture", async () => {
    const handle = page.locator("#secant").getByRole("slider", { name: "Point on the curve" });
    await handle.focus();
    await page.keyboard.press("End");
    const changes = await page.evaluate(
      () => (window as unknown as { __changes: { x: number; exactSlope: number }[] }).__changes,
    );
    expect(changes.at(-1)?.x).toBe(3);
    expect(changes.at(-1)?.exactSlope).toBe(27);
    expect(consoleErrors.join("\n")).toBe("");
  });
});

describe("one script and no slopes stylesheet, under Bootstrap and the CSP", () => {
  let bare: Awaited<ReturnType<typeof serve>>;
  let tab: Page;
  const fetched: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    bare = await serve({
      "/": join(import.meta.dirname, "fixtures", "embed-bare.html"),
      // An author copies dist/embed whole (without its optional stylesheet): the elements' chunks
      // and KaTeX's fonts are found beside the script.
      ...folderRoutes(embed, (path) => !path.endsWith(".css")),
      "/bootstrap.css": join(root, "node_modules", "bootstrap", "dist", "css", "bootstrap.min.css"),
    });
    tab = await browser.newPage();
    tab.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    tab.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    tab.on("pageerror", (error) => problems.push(error.message));
    await tab.goto(bare.url + "/");
    await tab.waitForSelector("#secant svg");
  }, 30_000);

  afterAll(async () => {
    await tab?.close();
    await bare?.close();
  });

  it("declares KaTeX's fonts in the document and fetches only the files a glyph needs", async () => {
    // KaTeX arrives after the first paint, in its chunk beside the script.
    await tab.waitForFunction(() =>
      document.querySelector("#secant")?.shadowRoot?.querySelector(".katex"),
    );
    await tab.evaluate(() => document.fonts.ready);
    const loaded = await tab.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family),
    );
    expect(loaded.map((family) => family.replace(/"/g, ""))).toContain("KaTeX_Main");
    const files = fetched.filter((path) => path.startsWith("/fonts/"));
    expect(files).toContain("/fonts/KaTeX_Main-Regular.woff2");
    expect(files.length).toBeLessThan(readdirSync(join(embed, "fonts")).length);
    expect(problems).toEqual([]);
  });

  it("runs the lesson blocks written in HTML", async () => {
    const exercise = tab.locator("#exercise");
    await exercise.getByRole("textbox").fill("6");
    await exercise.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => exercise.getByRole("status").first().innerText()).toMatch(/Correct/);
    const quiz = tab.locator("#quiz");
    await quiz.getByLabel("2x").check();
    await quiz.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => quiz.locator(".slopes-quiz").innerText()).toMatch(/The power rule\./);
    await tab.locator("#term").getByRole("button", { name: "derivative" }).click();
    await expect
      .poll(() => tab.locator("#term").getByRole("dialog").innerText())
      .toMatch(/The slope of the tangent\./);
    expect(problems).toEqual([]);
  });
});

describe("the classic-script build, under the CSP", () => {
  let classic: Awaited<ReturnType<typeof serve>>;
  let tab: Page;
  const fetched: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    classic = await serve({
      "/": join(import.meta.dirname, "fixtures", "embed-classic.html"),
      "/page.js": join(import.meta.dirname, "fixtures", "page.js"),
      // In a folder of its own: the fonts are found beside the script, not beside the page.
      "/js/slopes-embed.classic.js": join(embed, "slopes-embed.classic.js"),
      ...folderRoutes(join(embed, "fonts"), () => true, "/js/fonts/"),
    });
    tab = await browser.newPage();
    tab.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    tab.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    tab.on("pageerror", (error) => problems.push(error.message));
    await tab.goto(classic.url + "/");
    await tab.waitForSelector("#secant svg");
  }, 30_000);

  afterAll(async () => {
    await tab?.close();
    await classic?.close();
  });

  it("runs the elements from one classic script: no module, no other script fetched", async () => {
    expect(await tab.evaluate(() => document.querySelector("script[type=module]"))).toBeNull();
    expect(await readoutIn(tab, "Exact slope")).toBe("2");
    const scripts = fetched.filter((path) => path.endsWith(".js"));
    expect(scripts.sort()).toEqual(["/js/slopes-embed.classic.js", "/page.js"]);
    await tab.locator("#term").getByRole("button", { name: "derivative" }).click();
    await expect
      .poll(() => tab.locator("#term").getByRole("dialog").innerText())
      .toMatch(/The slope of the tangent\./);
  });

  it("typesets after the picture with KaTeX's fonts fetched from fonts/ beside the script", async () => {
    await tab.waitForFunction(() =>
      document.querySelector("#secant")?.shadowRoot?.querySelector(".slopes-formulas .katex"),
    );
    await tab.evaluate(() => document.fonts.ready);
    expect(fetched).toContain("/js/fonts/KaTeX_Main-Regular.woff2");
    expect(
      await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
