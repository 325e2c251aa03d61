// Type-checks test/consumer against the built package: links node_modules/slopes to this
// repository, so imports go through package.json "exports" to dist/, as for a real user.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const consumer = `${root}test/consumer`;
if (!existsSync(`${root}dist/index.d.ts`)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
// React Server Component frameworks need the directive on every interactive module in dist/,
// in the ES build (.js) and in the CommonJS build (.cjs).
let components = 0;
for (const folder of ["views", "explorers", "explorers/parts", "lesson"]) {
  // Component modules (capitalised by convention); helpers like pixels.js need no directive.
  const names = readdirSync(`${root}dist/${folder}`).filter((n) => /^[A-Z].*\.c?js$/.test(n));
  for (const name of names) {
    const first = readFileSync(`${root}dist/${folder}/${name}`, "utf8").split("\n", 1)[0];
    if (!/^["']use client["'];?$/.test(first ?? "")) {
      console.error(`dist/${folder}/${name} lost its "use client" directive`);
      process.exit(1);
    }
    components++;
  }
}
if (components === 0 || !existsSync(`${root}dist/views/Plane.cjs`)) {
  console.error("dist/ has no component modules in both formats: is the build complete?");
  process.exit(1);
}
// No built module may import a stylesheet: require() of a .css file throws in Node, and a
// bundler without a CSS loader fails. Styles ship apart (slopes/styles.css).
const cssImport = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'`][^"'`]*\.css["'`]/;
for (const name of readdirSync(`${root}dist`, { recursive: true, encoding: "utf8" })) {
  if (!/\.c?js$/.test(name)) continue;
  const match = cssImport.exec(readFileSync(`${root}dist/${name}`, "utf8"));
  if (match) {
    console.error(`dist/${name} imports a stylesheet: ${match[0]}`);
    process.exit(1);
  }
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
