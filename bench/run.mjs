// Runs every bench/*.bench.mjs in turn against the built dist/ and prints their figures.
import { readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";

const files = readdirSync(new URL(".", import.meta.url))
  .filter((name) => name.endsWith(".bench.mjs"))
  .sort();
for (const file of files) {
  console.log(`\n# ${file}`);
  execFileSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: "inherit" });
}
