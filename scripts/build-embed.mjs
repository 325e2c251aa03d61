// Builds dist/embed/: slopes-embed.js (React bundled in; each element carries its styles into
// its shadow root), fonts/ (KaTeX's woff2 files, which the elements declare in the document and
// the browser fetches only when a glyph needs one) and slopes-embed.css (KaTeX's stylesheet with
// its woff2 fonts inlined, then the slopes theme: for a page that would rather have one file of
// fonts and no fetches; with it, the elements declare no fonts of their own). Only woff2 is
// kept: every browser that runs ES modules reads it.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
const katex = readFileSync(katexCss, "utf8").replace(
  /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g,
  (_, name) => {
    const data = readFileSync(join(fonts, `${name}.woff2`)).toString("base64");
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  },
);
mkdirSync("dist/embed/fonts", { recursive: true });
for (const name of readdirSync(fonts).filter((file) => file.endsWith(".woff2"))) {
  cpSync(join(fonts, name), join("dist/embed/fonts", name));
}
if (/url\(fonts\//.test(katex)) throw new Error("A KaTeX font was left as a relative URL");
writeFileSync("dist/embed/slopes-embed.css", [katex, ...readStylesheets()].join("\n"));
