import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The widget pages' scripts (`scripts/build-pages.mjs` runs this once per entry): classic
 * scripts (IIFE), not modules, so a page opened from `file://` runs them too. Production React
 * inside, minified, no eval (strict CSP).
 */
const entries = {
  "slopes-page": "src/pages/main.tsx",
  "slopes-iframe": "src/pages/iframeSizerScript.ts",
} as const;
const name = (process.env.SLOPES_PAGES_ENTRY ?? "slopes-page") as keyof typeof entries;

export default defineConfig({
  // KaTeX's styles are in slopes-page.css; its code is inlined (a classic script has no chunks)
  // and still typeset after the first paint.
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
    lib: {
      entry: entries[name],
      formats: ["iife"],
      name: name.replace("-", "_"),
      fileName: () => `${name}.js`,
    },
  },
});
