// Builds the library into dist/: JavaScript (Vite, ESM) and declarations (tsc).
import { rmSync } from "node:fs";
import { execFileSync } from "node:child_process";

rmSync("dist", { recursive: true, force: true });
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) =>
  execFileSync(cmd, args, { stdio: "inherit" });
run("node_modules/.bin/vite", ["build", "--config", "vite.lib.config.ts", "--logLevel", "warn"]);
run("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"]);
