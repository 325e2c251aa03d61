// Builds dist/embed/: slopes-embed.js (React bundled in; KaTeX in a chunk beside it, loaded after
// the first paint) and slopes-embed.css (KaTeX's stylesheet, then the slopes theme). KaTeX's
// woff2 fonts are files in dist/embed/fonts/, which the browser fetches only for the glyphs the
// formulas on a page use, once they are typeset. Only woff2 is kept: every browser that runs ES
// modules reads it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readStylesheets } from "./stylesheets.mjs";

execFileSync(
  "node_modules/.bin/vite",
  ["build", "--config", "vite.embed.config.ts", "--logLevel", "warn"],
  {
    stdio: "inherit",
  },
);

const require = createRequire(import.meta.url);
const katexCss = require.resolve("katex/dist/katex.min.css");
const fonts = join(dirname(katexCss), "fonts");
mkdirSync("dist/embed/fonts", { recursive: true });
const katex = readFileSync(katexCss, "utf8").replace(
  /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g,
  (_, name) => {
    copyFileSync(join(fonts, `${name}.woff2`), `dist/embed/fonts/${name}.woff2`);
    return `src:url(fonts/${name}.woff2) format("woff2")`;
  },
);
if (/\.(woff|ttf)\)/.test(katex)) throw new Error("A KaTeX font other than woff2 was left");
writeFileSync("dist/embed/slopes-embed.css", [katex, ...readStylesheets()].join("\n"));
