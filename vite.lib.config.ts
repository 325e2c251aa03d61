import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalNames = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];

/**
 * Dependencies that publish ES modules only. The CommonJS build carries its own copy of them
 * (under `dist/vendor/`), so `require("slopes")` loads CommonJS all the way down: Jest and other
 * CommonJS tooling cannot `require()` an ES module. The ES build keeps them external.
 */
export const ESM_ONLY_DEPENDENCIES = ["d3-contour", "d3-array", "internmap"];

/** Which build: `SLOPES_LIB_FORMAT=cjs` for the CommonJS one (`.cjs` files), ES otherwise. */
const format = process.env["SLOPES_LIB_FORMAT"] === "cjs" ? "cjs" : "es";

/** Dependencies and peers stay external: `react`, `react/jsx-runtime`, `katex/...`. */
function isExternal(id: string): boolean {
  if (format === "cjs" && ESM_ONLY_DEPENDENCIES.some((name) => matches(id, name))) return false;
  return externalNames.some((name) => matches(id, name));
}
function matches(id: string, name: string): boolean {
  return id === name || id.startsWith(`${name}/`);
}

/** Output name of a module: its path under src/, or `vendor/<package>/…` for a bundled dependency. */
function fileName(chunk: { name: string }): string {
  const vendored = /^(?:.*\/)?node_modules\/(.*)$/.exec(chunk.name);
  return `${vendored ? `vendor/${vendored[1]}` : chunk.name}.${format === "cjs" ? "cjs" : "js"}`;
}

/** Ships the licence of every bundled dependency beside its code: `dist/vendor/<package>/LICENSE`. */
function vendorLicenses(): Plugin {
  return {
    name: "slopes-vendor-licenses",
    generateBundle(_, bundle) {
      const roots = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        for (const id of Object.keys(chunk.modules)) {
          if (!id.includes("/node_modules/")) continue;
          let dir = dirname(id);
          while (!existsSync(join(dir, "package.json")) && dir.includes("/node_modules/")) {
            dir = dirname(dir);
          }
          roots.add(dir);
        }
      }
      for (const dir of roots) {
        const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
          name: string;
        };
        const license = ["LICENSE", "LICENSE.md", "LICENSE.txt"].find((f) =>
          existsSync(join(dir, f)),
        );
        if (!license) throw new Error(`${name} is bundled but has no LICENSE file`);
        this.emitFile({
          type: "asset",
          fileName: `vendor/${name}/LICENSE`,
          source: readFileSync(join(dir, license), "utf8"),
        });
      }
    },
  };
}

/**
 * The library build, run once per format by scripts/build.mjs: ES modules (`.js`) and CommonJS
 * (`.cjs`) in `dist/`, one module per source file (the `"use client"` directives stay on the
 * component modules).
 */
export default defineConfig({
  plugins: [react(), vendorLicenses()],
  // CommonJS has no import.meta: Node's require() resolves KaTeX from the module's own file.
  define: format === "cjs" ? { "import.meta.url": "__filename" } : {},
  build: {
    outDir: "dist",
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: "src/index.ts",
        math: "src/math/index.ts",
      },
      formats: [format],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: fileName,
        chunkFileNames: fileName,
      },
    },
  },
});
