// Smoke test: the built `slopes/math` entry (dist/math.js) imports in plain Node, without a
// bundler or DOM, and gives the chapter's numbers. Run after `npm run build`:
//   node scripts/check-math-node.mjs
import assert from "node:assert/strict";

const math = await import(new URL("../dist/math.js", import.meta.url).href);
const {
  compile,
  compileGradient,
  computationGraph,
  contourLines,
  descentPath,
  differentiate,
  evaluate,
  format,
  safeParse,
  sampleCurve,
  toTeX,
} = math;

/** @type {string[]} */
const checks = [];
/** @param {string} name @param {() => void} fn */
const check = (name, fn) => {
  fn();
  checks.push(name);
};

check("f'(x) = 2x for x²", () => {
  const df = differentiate("x^2", "x");
  assert.equal(format(df), "2x");
  assert.equal(toTeX(df), "2 x");
  assert.deepEqual(
    [1, 0, -1].map((x) => compile(df, ["x"])(x)),
    [2, 0, -2],
  );
});
check("(f∘g)'(1) = 24 for g = 3x + 1, f = u²", () => {
  assert.equal(evaluate(differentiate("(3x+1)^2", "x"), { x: 1 }), 24);
  assert.equal(computationGraph({ u: "3x + 1", f: "u^2" }, { x: 1 }).backward().x, 24);
});
check("neuron: z = 0, a = 0.5, L = 0.25, dL/dw = -0.5, dL/db = -0.25", () => {
  const g = computationGraph(
    { z: "w*x + b", a: "sigmoid(z)", L: "(a - y)^2" },
    { x: 2, w: 0.5, b: -1, y: 1 },
  );
  assert.deepEqual(
    g.nodes.slice(-3).map((/** @type {{ value: number }} */ n) => n.value),
    [0, 0.5, 0.25],
  );
  const adjoint = g.backward();
  assert.equal(adjoint.w, -0.5);
  assert.equal(adjoint.b, -0.25);
});
check("∇(w1² + 2w2²) at (1, 1) = (2, 4)", () => {
  assert.deepEqual(compileGradient("w1^2 + 2w2^2", ["w1", "w2"])(1, 1), [2, 4]);
});
check("h(x) = (2x + 1)³ gives h'(1) = 54", () => {
  assert.equal(evaluate(differentiate("(2x+1)^3", "x"), { x: 1 }), 54);
});
check("errors, sampling, contours (d3-contour) and descent run in Node", () => {
  const bad = safeParse("sinn(x)");
  assert.equal(bad.ok, false);
  assert.equal(sampleCurve((/** @type {number} */ x) => 1 / x, [-2, 2]).length, 2);
  assert.ok(
    contourLines(
      (/** @type {number} */ x, /** @type {number} */ y) => x * x + 2 * y * y,
      [
        [-2, 2],
        [-2, 2],
      ],
      { thresholds: [1] },
    )[0].lines.length > 0,
  );
  assert.equal(descentPath("w1^2 + 2w2^2", [1, 1], { learningRate: 0.6 }).diverged, true);
});

console.log(`slopes/math in plain Node: ${checks.length} checks passed`);
for (const name of checks) console.log(`  ✓ ${name}`);
