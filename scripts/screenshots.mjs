// `npm run screenshots [scene…]`: pictures of the widgets for the README (docs/images/) and for
// people to look at (reports/screenshots/), taken in Debian's Chromium from the scenes of
// scripts/screenshots.tsx (bundled by Vite from the sources). Not a test: nothing is compared.
// What the pictures show is checked by the browser tests instead (chain-layout, labels,
// GradientExplorer, primitives in test/browser/).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../bench/browser.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles the scenes page into a temporary folder (production React) and returns the folder. */
async function buildPage() {
  const { build } = await import("vite");
  const react = (await import("@vitejs/plugin-react")).default;
  const pageRoot = mkdtempSync(join(tmpdir(), "slopes-screenshots-"));
  const entry = relative(pageRoot, join(root, "scripts", "screenshots.tsx"));
  writeFileSync(
    join(pageRoot, "index.html"),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>slopes screenshots</title>
    <style>body { margin: 0; background: white; } #root { box-sizing: content-box; }</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>
`,
  );
  const outDir = join(pageRoot, "dist");
  await build({
    configFile: false,
    root: pageRoot,
    base: "./",
    mode: "production",
    logLevel: "error",
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return { pageRoot, outDir };
}

const { pageRoot, outDir } = await buildPage();
const server = await serve(outDir);
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 1000 },
    deviceScaleFactor: 1,
    // The backward pass steps without its reveal animation: the picture shows where it rests.
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}/index.html`);
  /** @type {Record<string, { out: string }>} */
  const scenes = await page.evaluate(() => window.__scenes);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in scenes));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scene ${unknown.join(", ")}; scenes: ${Object.keys(scenes).join(", ")}`,
    );
  }
  for (const name of wanted.length > 0 ? wanted : Object.keys(scenes)) {
    const out = join(root, /** @type {{ out: string }} */ (scenes[name]).out);
    await page.goto(`${server.url}/index.html?scene=${encodeURIComponent(name)}`);
    await page.evaluate(() => window.__ready);
    if (problems.length > 0) throw new Error(`${name}: ${problems.join("; ")}`);
    mkdirSync(dirname(out), { recursive: true });
    await page.locator("#root").screenshot({ path: out, animations: "disabled" });
    console.log(`${name}: ${relative(root, out)}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(pageRoot, { recursive: true, force: true });
}
