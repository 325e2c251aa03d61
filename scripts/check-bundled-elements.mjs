// A bundled app that only writes `import "slopes/embed"` (test/consumer-app, built by Vite from
// the packed tarball) gets working elements: package.json's `sideEffects` keeps the bundle's
// registration, which a bundler would otherwise drop as an unused import. Served from the app's
// dist/ and opened in Chromium: every element is defined and the widget draws in its shadow root.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../test/support/chromium-flags.mjs";

const TAGS = [
  "slopes-secant",
  "slopes-chain-rule",
  "slopes-gradient",
  "slopes-exercise",
  "slopes-quiz",
  "slopes-term",
];
const TYPES = /** @type {Record<string, string>} */ ({
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
});

/** Opens the built app in `dist` and fails unless the elements are registered and render. */
export async function checkBundledElements(/** @type {string} */ dist) {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = join(dist, path === "/" ? "index.html" : path);
    readFile(file)
      .then((body) =>
        response
          .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
          .end(body),
      )
      .catch(() => response.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const missing = await page.evaluate(
      (tags) => tags.filter((tag) => !customElements.get(tag)),
      TAGS,
    );
    if (missing.length > 0) {
      throw new Error(
        `import "slopes/embed" was bundled without registering ${missing.join(", ")}`,
      );
    }
    // Playwright's CSS selectors pierce open shadow roots. The widget mounts near the viewport.
    await page.locator("slopes-secant").scrollIntoViewIfNeeded();
    await page.waitForSelector("slopes-secant svg", { timeout: 20_000 }).catch((error) => {
      throw new Error(`<slopes-secant> did not draw: ${errors.join("\n") || error}`);
    });
    console.log(`the bundled app registers ${TAGS.length} elements and <slopes-secant> draws`);
  } finally {
    await browser.close();
    server.close();
  }
}
