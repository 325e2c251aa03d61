import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * `SLOPES_EMBED_BUILD=classic` builds the classic-script copy instead (`slopes-embed.classic.js`,
 * an IIFE: one file with every element and KaTeX, for hosts without modules and for `file://`).
 */
const classic = process.env.SLOPES_EMBED_BUILD === "classic";

/**
 * The `slopes/embed` bundle: one self-contained ES module with React inside, for pages that
 * have no bundler (plain HTML, Moodle, WordPress). Production React, no eval (strict CSP).
 * The same bundle as CommonJS (`slopes-embed.cjs`) answers `require("slopes/embed")`. KaTeX is a
 * chunk of its own (`katexChunk-*.js`), loaded after the first paint, and so is each element's
 * code (loaded when the first element of its tag joins the page).
 */
export default defineConfig({
  plugins: [react()],
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
  build: {
    outDir: "dist/embed",
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    rolldownOptions: {
      // The CommonJS copy has no import.meta: the elements then declare no fonts of their own
      // (src/embed/customElement.ts), as the warning says they would not.
      onLog(level, log, handler) {
        if (log.code === "EMPTY_IMPORT_META") return;
        handler(level, log);
      },
      // Vite's library mode leaves ES output unminified (for its pure annotations): minify here.
      output: { minify: true, ...(classic ? { codeSplitting: false } : {}) },
      // Rolldown's "smart" constant inlining copies a long string into a `??` (KaTeX's 25 KB
      // stylesheet appeared twice in the entry): off.
      optimization: { inlineConst: false },
    },
    lib: classic
      ? {
          entry: "src/elements.classic.ts",
          formats: ["iife"],
          name: "slopesEmbed",
          fileName: () => "slopes-embed.classic.js",
        }
      : { entry: { "slopes-embed": "src/elements.ts" }, formats: ["es", "cjs"] },
  },
});
