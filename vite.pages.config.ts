import { defineConfig } from "vite";
import type { LibraryOptions } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The widget pages' scripts (`scripts/build-pages.mjs` runs this once per build named by
 * `SLOPES_PAGES_ENTRY`), production React inside, minified, no eval (strict CSP):
 * - `modules`: one ES module per page (`slopes-secant.js`, …) carrying only its own widget, with
 *   shared code and KaTeX (loaded after the first paint) in `chunks/`;
 * - `slopes-page`: the offline pages' classic script (IIFE) for the three widgets, which runs from
 *   `file://` (where Chromium runs no module), KaTeX's code inlined and still typeset after the
 *   first paint;
 * - `slopes-iframe`: the framing page's optional script that sizes each `<iframe>`.
 */
const builds: Record<string, LibraryOptions> = {
  modules: {
    entry: {
      "slopes-secant": "src/pages/secantPage.tsx",
      "slopes-chain-rule": "src/pages/chainRulePage.tsx",
      "slopes-gradient": "src/pages/gradientPage.tsx",
    },
    formats: ["es"],
  },
  "slopes-page": {
    entry: "src/pages/main.tsx",
    formats: ["iife"],
    name: "slopes_page",
    fileName: () => "slopes-page.js",
  },
  "slopes-iframe": {
    entry: "src/pages/iframeSizerScript.ts",
    formats: ["iife"],
    name: "slopes_iframe",
    fileName: () => "slopes-iframe.js",
  },
};
const name = process.env.SLOPES_PAGES_ENTRY ?? "modules";
const lib = builds[name];
if (!lib) throw new Error(`SLOPES_PAGES_ENTRY: no build named ${name}`);

export default defineConfig({
  plugins: [react()],
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    // Browsers only: no server path (which reads import.meta.url).
    "import.meta.url": "undefined",
  },
  build: {
    outDir: "dist/pages",
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    lib,
    rolldownOptions: {
      output: {
        // Vite's library mode leaves ES output unminified: minify here.
        minify: true,
        chunkFileNames: "chunks/[name]-[hash].js",
      },
      // Rolldown's "smart" constant inlining can copy a long string twice: off.
      optimization: { inlineConst: false },
    },
  },
});
