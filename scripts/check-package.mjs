// The package as users get it: `npm pack`, then a small Vite app (test/consumer-app) installs
// the tarball with React 19 and with React 18, type-checks, builds, and renders on the server.
// Work happens in test/consumer-app/.work (ignored by git); the registry is npm's.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const app = join(root, "test", "consumer-app");
const work = join(app, ".work");
const bin = (/** @type {string} */ name) => join(root, "node_modules", ".bin", name);
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args, /** @type {string} */ cwd) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("npm", ["pack", "--silent", "--pack-destination", work], root);
const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
if (!tarball) throw new Error("npm pack produced no tarball");

const matrix = [
  { react: "19.3.1", types: "19.3.0" },
  { react: "18.3.1", types: "18.3.12", typesDom: "18.3.1" },
];
for (const { react, types, typesDom } of matrix) {
  const dir = join(work, `react-${react.split(".")[0]}`);
  mkdirSync(dir);
  for (const entry of ["index.html", "src", "ssr.mjs", "tsconfig.json", "vite.config.mjs"]) {
    cpSync(join(app, entry), join(dir, entry), { recursive: true });
  }
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: `slopes-consumer-react-${react}`,
        private: true,
        type: "module",
        dependencies: {
          slopes: `file:../${tarball}`,
          react,
          "react-dom": react,
          "@types/react": types,
          "@types/react-dom": typesDom ?? types,
        },
      },
      null,
      2,
    ),
  );
  console.log(`\n— React ${react}: install, type-check, build, server render`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], dir);
  run(bin("tsc"), ["-p", "tsconfig.json"], dir);
  run(bin("vite"), ["build", "--config", "vite.config.mjs"], dir);
  if (!existsSync(join(dir, "dist", "index.html")))
    throw new Error("the consumer app did not build");
  run(process.execPath, ["ssr.mjs"], dir);
}
console.log("\npackage check passed for React 19 and React 18");
