// How the size of a derivative grows with n, and which of the engine's budgets stops it, for
// the shapes that grow fastest: products of n sums, n nested functions, n-argument min and max.
// Against the BUILT library (dist/math.js). Prints figures; asserts nothing (`npm run bench`).
import { differentiate, isOverBudget, parse, toTeX, writtenSize } from "../dist/math.js";

const SHAPES = {
  "product (x+1)(x+2)…(x+n)": (/** @type {number} */ n) =>
    Array.from({ length: n }, (_, k) => `(x+${k + 1})`).join(""),
  "nested sin(sin(…sin(x)…))": (/** @type {number} */ n) => "sin(".repeat(n) + "x" + ")".repeat(n),
  "min(x, x+1, …, x+n−1)": (/** @type {number} */ n) =>
    `min(${Array.from({ length: n }, (_, k) => (k ? `x+${k}` : "x")).join(", ")})`,
  "max(x, x+1, …, x+n−1)": (/** @type {number} */ n) =>
    `max(${Array.from({ length: n }, (_, k) => (k ? `x+${k}` : "x")).join(", ")})`,
};

/**
 * @param {string} source
 * @returns {{ text: string, refused: boolean }}
 */
function measure(source) {
  const started = performance.now();
  try {
    const tree = parse(source);
    const derivative = differentiate(tree, "x");
    const size = writtenSize(derivative);
    let tex;
    try {
      tex = `${toTeX(derivative).length.toLocaleString("en")} chars of TeX`;
    } catch (error) {
      if (!isOverBudget(error)) throw error;
      tex = `TeX refused (${error.code})`;
    }
    const ms = performance.now() - started;
    return {
      text: `f′ has ${size.toLocaleString("en")} nodes, ${tex}, ${ms.toFixed(1)} ms`,
      refused: false,
    };
  } catch (error) {
    if (!isOverBudget(error)) throw error;
    const ms = performance.now() - started;
    return {
      text: `refused in ${ms.toFixed(1)} ms: ${error.code} — ${error.message}`,
      refused: true,
    };
  }
}

console.log("## derivative size against n, and the budget that stops it");
for (const [name, build] of Object.entries(SHAPES)) {
  console.log(`\n${name}`);
  for (const n of [10, 100, 1000]) {
    const source = build(n);
    console.log(
      `  n = ${String(n).padEnd(5)} (${source.length.toLocaleString("en")} chars)  ${measure(source).text}`,
    );
  }
  // The growth itself: n doubles until a budget refuses.
  const growth = [];
  for (let n = 2; n <= 1024; n *= 2) {
    const source = build(n);
    try {
      const size = writtenSize(differentiate(parse(source), "x"));
      growth.push(`${n}→${size.toLocaleString("en")}`);
    } catch (error) {
      if (!isOverBudget(error)) throw error;
      growth.push(`${n}→refused (${error.code})`);
      break;
    }
  }
  console.log(`  growth (n → nodes of f′): ${growth.join(", ")}`);
}
