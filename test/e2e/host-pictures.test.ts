// @vitest-environment node
// Issue #13's check by picture, on the built files under the strict CSP: one course page with
// the three widgets and the three lesson blocks, served three times (no stylesheet, Bootstrap
// 5's, and the hostile reset), in Chromium at 1024 px and at 390 px. Each element's box is shot
// and compared with its shot on the plain page, pixel by pixel (pixelmatch): under 1 % may
// differ. (test/browser/embed/host-screenshots.test.ts makes the same check in Vitest's browser
// mode, each element alone, with a term's popover; this one runs what an author ships.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { folderRoutes, root, serve } from "./server";

const HOSTS = ["plain", "bootstrap", "hostile"] as const;
type Host = (typeof HOSTS)[number];
const WIDTHS = [1024, 390] as const;
const TAGS = [
  "slopes-secant",
  "slopes-chain-rule",
  "slopes-gradient",
  "slopes-exercise",
  "slopes-quiz",
  "slopes-term",
] as const;

/**
 * Each frame stands where no host rule can move or size it, at whole pixels (a host's line
 * heights would otherwise leave a half pixel above it and shift the shot): what is compared is
 * inside. Frame `i` starts 2,400 px below frame `i - 1`, more than any element is tall.
 */
const frame = (i: number) =>
  `position:absolute!important;left:24px!important;top:${24 + 2400 * i}px!important;display:block!important;margin:0!important;padding:0!important;border:0!important;background:#fff!important;width:calc(100vw - 64px)!important`;
/** A term takes its sentence's type on purpose: the sentence's own type is fixed here. */
const PROSE =
  "font:16px/1.5 sans-serif!important;color:#222!important;letter-spacing:normal!important;word-spacing:normal!important;text-transform:none!important;text-indent:0!important;white-space:normal!important;text-align:left!important;margin:0!important;padding:0!important;border:0!important";

function page(host: Host): string {
  const sheet = host === "plain" ? "" : `<link rel="stylesheet" href="/${host}.css" />`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A course page (${host})</title>
    ${sheet}
    <script type="module" src="/slopes-embed.js"></script>
  </head>
  <body>
    <div style="${frame(0)}"><slopes-secant fn="x^2" x="1" h="0.5"></slopes-secant></div>
    <div style="${frame(1)}"><slopes-chain-rule composition="sin(x^2)" x="0.5"></slopes-chain-rule></div>
    <div style="${frame(2)}"><slopes-gradient cost="w1^2 + 2*w2^2" probe="1, 0.5"></slopes-gradient></div>
    <div style="${frame(3)}"><slopes-exercise number="2" title="A chain of three">
      <p>Differentiate <em>h(x) = (2x + 1)³</em>.</p>
      <slopes-answer derivative-of="(2x+1)^3" at="1" label="h′(1) ="></slopes-answer>
      <slopes-solution derive="(2x+1)^3"></slopes-solution>
    </slopes-exercise></div>
    <div style="${frame(4)}"><slopes-quiz title="Check yourself"><slopes-question>What is the derivative of <em>x²</em>?<slopes-option correct feedback="Yes.">2x</slopes-option><slopes-option>x³/3</slopes-option></slopes-question></slopes-quiz></div>
    <div style="${frame(5)}"><p style="${PROSE}">The <slopes-term style="${PROSE}" term="Derivative" definition="The slope of the tangent at a point.">derivative</slopes-term> of a function.</p></div>
  </body>
</html>
`;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "slopes-hosts-"));
  const routes: Record<string, string> = {
    ...folderRoutes(join(root, "dist", "embed"), (path) => !path.endsWith(".css")),
    "/bootstrap.css": join(root, "node_modules", "bootstrap", "dist", "css", "bootstrap.min.css"),
    "/hostile.css": join(root, "test", "browser", "embed", "fixtures", "hostile.css"),
  };
  for (const host of HOSTS) {
    writeFileSync(join(folder, `${host}.html`), page(host));
    routes[`/${host}.html`] = join(folder, `${host}.html`);
  }
  server = await serve(routes);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Waits until the element has drawn and stays the same over several frames (fonts, KaTeX). */
async function steady(tab: Page, tag: string): Promise<void> {
  await tab.locator(tag).scrollIntoViewIfNeeded();
  await tab.waitForFunction(
    (name) => {
      const element = document.querySelector(name);
      const inside = element?.shadowRoot;
      if (!element || !inside || element.getBoundingClientRect().height < 10) return false;
      if (name.endsWith("secant") || name.endsWith("gradient") || name.endsWith("rule"))
        // A formula is typeset and styled (KaTeX's rules hide it until they have arrived).
        return (
          inside.querySelector("svg") !== null &&
          [...inside.querySelectorAll(".katex")].some(
            (formula) => getComputedStyle(formula).visibility === "visible",
          )
        );
      return true;
    },
    tag,
    { timeout: 20_000 },
  );
  await tab.evaluate(() => document.fonts.ready);
  await tab.waitForFunction(
    async (name) => {
      const look = () => {
        const element = document.querySelector(name)!;
        const box = element.getBoundingClientRect();
        return `${box.width}x${box.height}:${element.shadowRoot!.innerHTML.length}`;
      };
      const first = look();
      for (let i = 0; i < 4; i++) {
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
        if (look() !== first) return false;
      }
      return true;
    },
    tag,
    { timeout: 20_000, polling: 100 },
  );
}

/** The shots of the six elements on `host`'s page at `width`. */
async function shots(host: Host, width: number): Promise<Map<string, PNG>> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: "reduce",
  });
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(error.message));
  await tab.goto(`${server.url}/${host}.html`);
  await tab.mouse.move(0, 0);
  const pictures = new Map<string, PNG>();
  for (const tag of TAGS) {
    await steady(tab, tag);
    pictures.set(tag, PNG.sync.read(await tab.locator(tag).screenshot({ animations: "disabled" })));
  }
  await context.close();
  expect(problems).toEqual([]);
  return pictures;
}

/** The share of pixels that differ (pixelmatch's default tolerance, antialiasing ignored). */
function differing(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const count = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return count / (a.width * a.height);
}

/** The share of pixels darker than the page's white: the shot shows something. */
function inked(shot: PNG): number {
  let ink = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! < 3 * 245) ink++;
  }
  return ink / (shot.width * shot.height);
}

describe.each(WIDTHS)("the built elements under the CSP at %i px", (width) => {
  let plain: Map<string, PNG>;
  beforeAll(async () => {
    plain = await shots("plain", width);
  }, 90_000);

  it("draw something on the plain page", () => {
    for (const tag of TAGS) expect(inked(plain.get(tag)!), tag).toBeGreaterThan(0.005);
  });

  it.each(["bootstrap", "hostile"] as const)(
    "look the same under the %s stylesheet (< 1 % of pixels differ)",
    async (host) => {
      const hosted = await shots(host, width);
      for (const tag of TAGS) {
        const a = plain.get(tag)!;
        const b = hosted.get(tag)!;
        expect(`${b.width}×${b.height}`, `${tag}: size of the box`).toBe(`${a.width}×${a.height}`);
        expect(differing(a, b), `${tag}: share of pixels that differ`).toBeLessThan(0.01);
      }
    },
    90_000,
  );
});
