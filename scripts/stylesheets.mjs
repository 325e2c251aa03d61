// The stylesheets of slopes, in the order src/theme/styles.css imports them (the one list):
// the build concatenates them into dist/styles.css and dist/embed/slopes-embed.css.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const index = readFileSync(new URL("../src/theme/styles.css", import.meta.url), "utf8");

export const STYLESHEETS = [...index.matchAll(/@import\s+"\.\/([\w.-]+\.css)";/g)].map((m) => m[1]);

/** The text of every stylesheet, in order. */
export function readStylesheets() {
  return STYLESHEETS.map((name) =>
    readFileSync(new URL(`../src/theme/${name}`, import.meta.url), "utf8"),
  );
}

/** The folder of KaTeX's fonts in the installed katex package. */
export const KATEX_FONTS = join(
  dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css")),
  "fonts",
);

/**
 * KaTeX's stylesheet naming only its woff2 fonts, as files in `fonts/` beside the stylesheet:
 * the browser fetches a file when a glyph needs it (the widget pages served over http).
 */
export function katexWithFontFiles() {
  const css = readFileSync(join(KATEX_FONTS, "..", "katex.min.css"), "utf8").replace(
    /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g,
    (_, name) => `src:url(fonts/${name}.woff2) format("woff2")`,
  );
  if (/\.woff\)|\.ttf\)/.test(css)) throw new Error("A KaTeX font other than woff2 is still named");
  return css;
}

/**
 * KaTeX's stylesheet with its woff2 fonts inlined (single-file use: the embed bundle's optional
 * stylesheet, the widget pages that run from file://). Only woff2 is kept: every browser that
 * runs ES modules reads it.
 */
export function katexWithInlinedFonts() {
  const css = readFileSync(join(KATEX_FONTS, "..", "katex.min.css"), "utf8").replace(
    /src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g,
    (_, name) => {
      const data = readFileSync(join(KATEX_FONTS, `${name}.woff2`)).toString("base64");
      return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
    },
  );
  if (/url\(fonts\//.test(css)) throw new Error("A KaTeX font was left as a relative URL");
  return css;
}
