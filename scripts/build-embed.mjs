// Builds dist/embed/: slopes-embed.js (React bundled in; each element carries its styles into
// its shadow root; each element's code and KaTeX's are chunks beside it, loaded when needed) and
// its CommonJS copy, slopes-embed.classic.js (the same as one classic script, for hosts without
// modules and file://), fonts/ (KaTeX's woff2 files, which the elements declare in the document and
// the browser fetches only when a glyph needs one) and slopes-embed.css (KaTeX's stylesheet with
// its woff2 fonts inlined, then the slopes theme: for a page that would rather have one file of
// fonts and no fetches; with it, the elements declare no fonts of their own). Only woff2 is
// kept: every browser that runs ES modules reads it.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { KATEX_FONTS, katexWithInlinedFonts, readStylesheets } from "./stylesheets.mjs";

for (const build of ["modules", "classic"]) {
  execFileSync(
    "node_modules/.bin/vite",
    ["build", "--config", "vite.embed.config.ts", "--logLevel", "warn"],
    { stdio: "inherit", env: { ...process.env, SLOPES_EMBED_BUILD: build } },
  );
}

const katex = katexWithInlinedFonts();
mkdirSync("dist/embed/fonts", { recursive: true });
for (const name of readdirSync(KATEX_FONTS).filter((file) => file.endsWith(".woff2"))) {
  cpSync(join(KATEX_FONTS, name), join("dist/embed/fonts", name));
}
writeFileSync("dist/embed/slopes-embed.css", [katex, ...readStylesheets()].join("\n"));
