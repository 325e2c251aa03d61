// Type-checks test/consumer against the built package: links node_modules/slopes to this
// repository, so imports go through package.json "exports" to dist/, as for a real user.
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const consumer = `${root}test/consumer`;
if (!existsSync(`${root}dist/index.d.ts`)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const modules = `${consumer}/node_modules`;
rmSync(modules, { recursive: true, force: true });
mkdirSync(modules);
symlinkSync(root, `${modules}/slopes`, "dir");
try {
  execFileSync(`${root}node_modules/.bin/tsc`, ["-p", `${consumer}/tsconfig.json`], {
    stdio: "inherit",
  });
  console.log("consumer fixture type-checks against dist/");
} finally {
  rmSync(modules, { recursive: true, force: true });
}
