// The stylesheets of slopes, in the order src/theme/styles.css imports them (the one list):
// the build concatenates them into dist/styles.css and dist/embed/slopes-embed.css.
import { readFileSync } from "node:fs";

const index = readFileSync(new URL("../src/theme/styles.css", import.meta.url), "utf8");

export const STYLESHEETS = [...index.matchAll(/@import\s+"\.\/([\w.-]+\.css)";/g)].map((m) => m[1]);

/** The text of every stylesheet, in order. */
export function readStylesheets() {
  return STYLESHEETS.map((name) =>
    readFileSync(new URL(`../src/theme/${name}`, import.meta.url), "utf8"),
  );
}
