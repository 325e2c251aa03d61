// Builds the library into dist/: JavaScript (Vite, ESM, one module per source file),
// declarations (tsc) and dist/styles.css (KaTeX's stylesheet by import, then the theme).
import { rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { readStylesheets } from "./stylesheets.mjs";

rmSync("dist", { recursive: true, force: true });
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) =>
  execFileSync(cmd, args, { stdio: "inherit" });
run("node_modules/.bin/vite", ["build", "--config", "vite.lib.config.ts", "--logLevel", "warn"]);
run("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"]);

// KaTeX stays a dependency: its stylesheet and fonts are resolved by the consumer's bundler
// from the installed katex package instead of being inlined (1.4 MB) into ours.
writeFileSync(
  "dist/styles.css",
  ['@import "katex/dist/katex.min.css";', ...readStylesheets()].join("\n\n"),
);

// The custom elements for pages without React.
run(process.execPath, ["scripts/build-embed.mjs"]);
