// The stylesheets of slopes in the order they are concatenated into dist/styles.css and
// dist/embed/slopes-embed.css (src/theme/styles.css imports the same list for Vite).
import { existsSync, readFileSync } from "node:fs";

export const STYLESHEETS = [
  "theme.css",
  "explorers.css",
  "chain.css",
  "gradient.css",
  "lesson.css",
];

/** The text of every stylesheet that exists, in order. */
export function readStylesheets() {
  return STYLESHEETS.map((name) => `src/theme/${name}`)
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, "utf8"));
}
