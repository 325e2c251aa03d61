// Benchmarks of slopes/math against the BUILT library (dist/math.js) and mathjs.
// Prints figures and ratios measured in this run; asserts nothing. Run with `npm run bench`.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { derivative as mathjsDerivative } from "mathjs";
import { compile, differentiate, sampleCurve } from "../dist/math.js";
import { compareCpu, formatMicros, timeIt } from "./timing.mjs";

const here = dirname(fileURLToPath(import.meta.url));

// 1. parse + differentiate + simplify vs mathjs derivative (which parses and simplifies too).
const FORMULAS = [
  "x^2",
  "(3*x+1)^2",
  "(2*x+1)^3",
  "1/(1+exp(-x))",
  "x*sin(x)",
  "log(x^2+1)",
  "exp(-x^2)*cos(3*x)",
  "(x+1)/(x-1)",
  "sqrt(x^2+1)",
  "tanh(2*x)^2",
];
console.log("## parse + differentiate + simplify (10 formulas per call)");
// Alternating rounds in CPU time: the ratio holds on a busy machine too.
const {
  a: ours,
  b: theirs,
  ratio,
} = compareCpu(
  () => {
    for (const f of FORMULAS) differentiate(f, "x");
  },
  () => {
    for (const f of FORMULAS) mathjsDerivative(f, "x");
  },
);
console.log(
  `slopes/math differentiate: ${formatMicros(ours)}   mathjs derivative: ${formatMicros(theirs)}   ratio: ${ratio.toFixed(1)}× faster (goal ≥ 50×; CPU time, median of 9 alternating rounds after 1.5 s of warm-up each)`,
);

// 2. compiled evaluation vs a hand-written closure.
console.log("\n## compile: evaluation speed (1,000 points per call)");
const xs = Array.from({ length: 1000 }, (_, i) => -3 + (6 * i) / 999);
const CASES = [
  ["x^2", (/** @type {number} */ x) => x * x],
  ["sin(x)*x^2 + 3*x - 1", (/** @type {number} */ x) => Math.sin(x) * x * x + 3 * x - 1],
  ["1/(1+exp(-(0.5*x - 1)))", (/** @type {number} */ x) => 1 / (1 + Math.exp(-(0.5 * x - 1)))],
];
for (const [source, hand] of CASES) {
  const f = compile(/** @type {string} */ (source), ["x"]);
  const handFn = /** @type {(x: number) => number} */ (hand);
  let sink = 0;
  const compiled = timeIt(() => {
    for (const x of xs) sink += f(x);
  });
  const written = timeIt(() => {
    for (const x of xs) sink += handFn(x);
  });
  if (Number.isNaN(sink)) console.log("");
  console.log(
    `${String(source).padEnd(26)} compiled ${formatMicros(compiled).padStart(10)}   hand-written ${formatMicros(written).padStart(10)}   ratio ${(compiled / written).toFixed(2)}× (goal ≤ 3×)`,
  );
}

// 3. adaptive sampling.
console.log("\n## sampleCurve (600×400 px, tolerance 0.5 px, maxPoints 2000)");
/** @type {Array<[string, (x: number) => number, [number, number]]>} */
const CURVES = [
  ["x^2 on [-2, 2]", (x) => x * x, [-2, 2]],
  ["sin(1/x) on [-1, 1]", (x) => Math.sin(1 / x), [-1, 1]],
  ["1/x on [-2, 2]", (x) => 1 / x, [-2, 2]],
  ["tan(x) on [-5, 5]", Math.tan, [-5, 5]],
];
for (const [name, f, domain] of CURVES) {
  const segments = sampleCurve(f, domain);
  const points = segments.reduce((n, s) => n + s.length, 0);
  const t = timeIt(() => sampleCurve(f, domain), { minMs: 100, batch: 20 });
  console.log(
    `${name.padEnd(22)} ${String(points).padStart(5)} points in ${segments.length} piece(s)   ${formatMicros(t)}`,
  );
}

// 4. size of the slopes/math entry with its local imports.
console.log("\n## size of slopes/math (dist/math.js + the local modules it imports)");
/** @param {string} entry */
function localClosure(entry) {
  const seen = new Set();
  const external = new Set();
  /** @param {string} file */
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']/gu)) {
      const spec = /** @type {string} */ (m[1]);
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else external.add(spec);
    }
  };
  visit(entry);
  return { files: [...seen], external: [...external] };
}
const { files, external } = localClosure(resolve(here, "../dist/math.js"));
const source = files.map((f) => readFileSync(f, "utf8")).join("\n");
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${files.length} modules, ${kb(source.length)} raw, ${kb(gzipSync(source, { level: 9 }).length)} gzip (unminified build as shipped; external: ${external.join(", ")})`,
);
try {
  const esbuild = await import("esbuild");
  for (const withD3 of [false, true]) {
    const result = await esbuild.build({
      entryPoints: [resolve(here, "../dist/math.js")],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      external: withD3 ? [] : ["d3-contour"],
      logLevel: "silent",
    });
    const code = /** @type {{ contents: Uint8Array }} */ (result.outputFiles[0]).contents;
    console.log(
      `minified bundle ${withD3 ? "including d3-contour (+ d3-array)" : "without d3-contour"}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip (goal < 10 KB)`,
    );
  }
  const core = await esbuild.build({
    stdin: {
      contents:
        'export { parse, safeParse, evaluate, compile, differentiate, simplify, toTeX, format } from "./dist/math.js";',
      resolveDir: resolve(here, ".."),
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const coreCode = /** @type {{ contents: Uint8Array }} */ (core.outputFiles[0]).contents;
  console.log(
    `tree-shaken core (parse, evaluate, compile, differentiate, simplify, toTeX, format): ${kb(coreCode.length)} raw, ${kb(gzipSync(coreCode, { level: 9 }).length)} gzip`,
  );
} catch (error) {
  console.log(`(minified size skipped: ${String(error)})`);
}
