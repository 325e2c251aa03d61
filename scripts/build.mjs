// Builds the library into dist/: JavaScript (Vite, one module per source file) twice, as ES
// modules (.js) and as CommonJS (.cjs, for require() and Jest), declarations (tsc, then
// scripts/declarations.mjs: .d.ts with explicit extensions and their .d.cts twins),
// dist/styles.css (KaTeX's stylesheet by import, then the theme) and the embed bundle.
import { rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fixDeclarations } from "./declarations.mjs";
import { readStylesheets } from "./stylesheets.mjs";

rmSync("dist", { recursive: true, force: true });
const run = (
  /** @type {string} */ cmd,
  /** @type {string[]} */ args,
  /** @type {Record<string, string>} */ env = {},
) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
const vite = ["build", "--config", "vite.lib.config.ts", "--logLevel", "warn"];
run("node_modules/.bin/vite", vite, { SLOPES_LIB_FORMAT: "es" });
run("node_modules/.bin/vite", vite, { SLOPES_LIB_FORMAT: "cjs" });
run("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"]);
fixDeclarations("dist");

// KaTeX stays a dependency: its stylesheet and fonts are resolved by the consumer's bundler
// from the installed katex package instead of being inlined (1.4 MB) into ours. Its code comes
// after the first paint (dist/views/katexChunk.js); its rules are here, because no built module
// may import a stylesheet (require() of a .css file throws in Node). The fonts they name are
// fetched only when a formula uses them.
writeFileSync(
  "dist/styles.css",
  ['@import "katex/dist/katex.min.css";', ...readStylesheets()].join("\n\n"),
);

// The custom elements for pages without React.
run(process.execPath, ["scripts/build-embed.mjs"]);

// The widget pages (state in the address) and their iframe sizer.
run(process.execPath, ["scripts/build-pages.mjs"]);
