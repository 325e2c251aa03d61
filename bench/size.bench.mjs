// Initial JavaScript of each explorer: what a page must download and run before the first paint,
// bundled and minified by Vite the way an app would (React and React DOM left out, as the app
// has them), gzip level 9. "Initial" is the entry chunk; chunks loaded later by `import()` (KaTeX
// and its stylesheet, after the first paint) are shown apart. Against the reference: a Mafs
// tangent (Mafs with its CSS-free JS) plus KaTeX, which a Mafs page needs for its formulas.
// Prints figures; asserts nothing. Needs dist/ (`npm run bench` builds it first).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = JSON.stringify(join(root, "dist", "index.js"));
const external = (/** @type {string} */ id) => /^(react|react-dom)(\/|$)/.test(id);
const gzip = (/** @type {string} */ code) => gzipSync(code, { level: 9 }).length;

/**
 * Gzip sizes of the chunks an app built from `code` loads first, and of those it loads later.
 * @param {string} code an entry module
 */
async function measure(code) {
  // Inside the project, so that bare imports resolve from its node_modules.
  const dir = mkdtempSync(join(root, "node_modules", ".slopes-size-"));
  const entry = join(dir, "entry.js");
  writeFileSync(entry, code);
  try {
    const result = await build({
      configFile: false,
      logLevel: "silent",
      root: dir,
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ["es"], fileName: "entry" },
        rolldownOptions: { external },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      "output" in r ? r.output : [],
    );
    const chunks = outputs.flatMap((o) => (o.type === "chunk" ? [o] : []));
    const initial = chunks.filter((c) => c.isEntry);
    const later = chunks.filter((c) => !c.isEntry);
    return {
      initial: gzip(initial.map((c) => c.code).join("\n")),
      later: gzip(later.map((c) => c.code).join("\n")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @type {[string, string][]} */
const CASES = [
  ["SecantExplorer", `export { SecantExplorer } from ${dist};`],
  ["ChainRuleExplorer", `export { ChainRuleExplorer } from ${dist};`],
  ["GradientExplorer", `export { GradientExplorer } from ${dist};`],
  [
    "all three explorers",
    `export { SecantExplorer, ChainRuleExplorer, GradientExplorer } from ${dist};`,
  ],
  [
    "Mafs tangent + KaTeX (reference)",
    `export { Mafs, Coordinates, Plot, Line, useMovablePoint } from "mafs"; export { default as katex } from "katex";`,
  ],
  ["Mafs tangent alone", `export { Mafs, Coordinates, Plot, Line, useMovablePoint } from "mafs";`],
  ["KaTeX alone", `export { default as katex } from "katex";`],
];

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @type {Map<string, { initial: number, later: number }>} */
const sizes = new Map();
for (const [name, code] of CASES) sizes.set(name, await measure(code));
const reference = sizes.get("Mafs tangent + KaTeX (reference)")?.initial ?? NaN;
console.log("\n## Initial JavaScript (gzip, React excluded)");
console.log("| bundle | initial | ÷ Mafs + KaTeX (goal ≤ 0.6) | loaded after first paint |");
console.log("|---|---|---|---|");
for (const [name, size] of sizes) {
  console.log(
    `| ${name} | ${kb(size.initial)} | ${(size.initial / reference).toFixed(2)}× | ${size.later ? kb(size.later) : "–"} |`,
  );
}
