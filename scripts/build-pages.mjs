// Builds dist/pages/: one static page per widget whose state is in its address, in two forms.
// - secant.html, chain-rule.html, gradient.html (served over http: the docs site, a course
//   server): each loads only its own widget's ES module (slopes-secant.js, …, shared code and
//   KaTeX's code in chunks/, KaTeX loaded after the first paint) and slopes-page.css (KaTeX's
//   rules, the theme and page.css), whose fonts are the woff2 files in fonts/, fetched only when a
//   glyph needs one.
// - secant.offline.html, … (single-folder use from file://, where Chromium runs no module and
//   fetches no font file): one classic script for the three widgets (slopes-page.js) and
//   slopes-page.offline.css, KaTeX's fonts inlined.
// And slopes-iframe.js, the optional script that fits a framing page's <iframe> to each widget.
// The Storybook build serves this folder at pages/ (.storybook/main.ts, staticDirs).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  KATEX_FONTS,
  katexWithFontFiles,
  katexWithInlinedFonts,
  readStylesheets,
} from "./stylesheets.mjs";

/** The pages: file name, and the title shown until the script sets the reader's language. */
export const PAGES = [
  { widget: "secant", title: "Slope of a curve: secant and tangent" },
  { widget: "chain-rule", title: "The chain rule: multiply the slopes along the path" },
  { widget: "gradient", title: "Partial derivatives and the gradient" },
];

rmSync("dist/pages/chunks", { recursive: true, force: true });
mkdirSync("dist/pages/fonts", { recursive: true });
for (const entry of ["modules", "slopes-page", "slopes-iframe"]) {
  execFileSync(
    "node_modules/.bin/vite",
    ["build", "--config", "vite.pages.config.ts", "--logLevel", "warn"],
    { stdio: "inherit", env: { ...process.env, SLOPES_PAGES_ENTRY: entry } },
  );
}

const theme = [...readStylesheets(), readFileSync("src/pages/page.css", "utf8")];
writeFileSync("dist/pages/slopes-page.css", [katexWithFontFiles(), ...theme].join("\n"));
writeFileSync("dist/pages/slopes-page.offline.css", [katexWithInlinedFonts(), ...theme].join("\n"));
for (const name of readdirSync(KATEX_FONTS).filter((file) => file.endsWith(".woff2"))) {
  cpSync(join(KATEX_FONTS, name), join("dist/pages/fonts", name));
}

/**
 * A page's HTML.
 * @param {{ widget: string, title: string }} page
 * @param {string} stylesheet
 * @param {string} script the script element
 */
const html = ({ widget, title }, stylesheet, script) => `<!doctype html>
<html lang="en" data-widget="${widget}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${title} · slopes</title>
    <link rel="stylesheet" href="${stylesheet}" />
    ${script}
  </head>
  <body class="slopes">
    <div id="slopes-page"></div>
    <noscript>This interactive widget needs JavaScript.</noscript>
  </body>
</html>
`;

for (const page of PAGES) {
  writeFileSync(
    `dist/pages/${page.widget}.html`,
    html(page, "slopes-page.css", `<script type="module" src="slopes-${page.widget}.js"></script>`),
  );
  writeFileSync(
    `dist/pages/${page.widget}.offline.html`,
    html(page, "slopes-page.offline.css", `<script defer src="slopes-page.js"></script>`),
  );
}
