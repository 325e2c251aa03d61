// Builds dist/pages/: one static page per widget (secant.html, chain-rule.html, gradient.html)
// whose state is in its address, the script they share (slopes-page.js, a classic script so
// the pages also run from file://), their stylesheet (slopes-page.css: KaTeX's styles with its
// woff2 fonts inlined, as file:// pages cannot fetch fonts, then the theme and page.css) and
// slopes-iframe.js, the optional script that fits a framing page's <iframe> to each widget.
// The Storybook build serves this folder at pages/ (.storybook/main.ts, staticDirs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { katexWithInlinedFonts, readStylesheets } from "./stylesheets.mjs";

/** The pages: file name, and the title shown until the script sets the reader's language. */
export const PAGES = [
  { widget: "secant", title: "Slope of a curve: secant and tangent" },
  { widget: "chain-rule", title: "The chain rule: multiply the slopes along the path" },
  { widget: "gradient", title: "Partial derivatives and the gradient" },
];

mkdirSync("dist/pages", { recursive: true });
for (const entry of ["slopes-page", "slopes-iframe"]) {
  execFileSync(
    "node_modules/.bin/vite",
    ["build", "--config", "vite.pages.config.ts", "--logLevel", "warn"],
    { stdio: "inherit", env: { ...process.env, SLOPES_PAGES_ENTRY: entry } },
  );
}

const katex = katexWithInlinedFonts();
const page = readFileSync("src/pages/page.css", "utf8");
writeFileSync("dist/pages/slopes-page.css", [katex, ...readStylesheets(), page].join("\n"));

for (const { widget, title } of PAGES) {
  writeFileSync(
    `dist/pages/${widget}.html`,
    `<!doctype html>
<html lang="en" data-widget="${widget}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${title} · slopes</title>
    <link rel="stylesheet" href="slopes-page.css" />
    <script defer src="slopes-page.js"></script>
  </head>
  <body class="slopes">
    <div id="slopes-page"></div>
    <noscript>This interactive widget needs JavaScript.</noscript>
  </body>
</html>
`,
  );
}
