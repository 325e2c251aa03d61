// Benchmark of the gradient widget's model against the BUILT library (dist/index.js):
// a probe move must cost the same at contour resolution 64 and 256 (the landscape is computed
// once per cost, window and resolution; a move never touches the grid). Prints, asserts nothing.
// Run with `npm run bench` (it builds first).
import { contourLines, descentPath } from "../dist/math.js";
// The models behind useGradientField (internal modules of the build, not public API).
import { resolveCost } from "../dist/models/gradientCost.js";
import { gradientLandscape } from "../dist/models/gradientLandscape.js";
import { probeState } from "../dist/models/gradientProbe.js";
import { formatMicros, timeIt } from "./timing.mjs";

const DOMAIN = {
  x: /** @type {[number, number]} */ ([-3, 3]),
  y: /** @type {[number, number]} */ ([-2, 2]),
};
const COSTS = [
  "w1^2 + 2 w2^2",
  "(w1 - 1)^2 + 10 (w2 - w1^2)^2",
  "log(1 + w1^2) * sin(w2) + exp(-w1 * w2 / 4)",
];

/** A drag: 240 positions along a loop through the map, visited in turn by successive calls. */
const PATH = Array.from({ length: 240 }, (_, i) => {
  const t = (2 * Math.PI * i) / 240;
  return /** @type {[number, number]} */ ([2.4 * Math.cos(t), 1.6 * Math.sin(2 * t)]);
});

/**
 * Median time of one probe move, in µs, at two landscapes, measured in alternating batches.
 * @param {import("../dist/index.js").GradientCost} cost
 * @param {import("../dist/index.js").Landscape} a
 * @param {import("../dist/index.js").Landscape} b
 * @returns {[number, number]}
 */
function compareMoves(cost, a, b) {
  let k = 0;
  /** @param {import("../dist/index.js").Landscape} landscape */
  const batch = (landscape) => {
    const start = performance.now();
    for (let i = 0; i < 60; i++) {
      const probe = /** @type {[number, number]} */ (PATH[k++ % PATH.length]);
      probeState({ cost, landscape, probe, learningRate: 0.1, steps: 50 });
    }
    return ((performance.now() - start) * 1000) / 60;
  };
  for (let i = 0; i < 20; i++) batch(i % 2 ? a : b); // warm-up
  /** @type {number[]} */
  const ta = [];
  /** @type {number[]} */
  const tb = [];
  for (let r = 0; r < 41; r++) {
    ta.push(batch(a));
    tb.push(batch(b));
  }
  const median = (/** @type {number[]} */ xs) =>
    /** @type {number} */ (xs.sort((p, q) => p - q)[20]);
  return [median(ta), median(tb)];
}

for (const source of COSTS) {
  const resolved = resolveCost(source);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  const cost = resolved.cost;
  console.log(`\n## L = ${cost.text}`);
  /** @type {Record<number, import("../dist/index.js").Landscape>} */
  const landscapes = {};
  for (const resolution of [64, 256]) {
    const once = timeIt(() => gradientLandscape(cost, DOMAIN, { resolution }), {
      minMs: 600,
      batch: 1,
    });
    const contoursOnly = timeIt(
      () => contourLines(cost.value, [DOMAIN.x, DOMAIN.y], { resolution, thresholds: 10 }),
      { minMs: 600, batch: 1 },
    );
    const landscape = gradientLandscape(cost, DOMAIN, { resolution });
    landscapes[resolution] = landscape;
    console.log(
      `resolution ${String(resolution).padStart(3)}: landscape once ${formatMicros(once).padStart(9)} ` +
        `(d3-contour alone ${formatMicros(contoursOnly)}), ${landscape.contours.length} levels`,
    );
  }
  // Probe moves at both resolutions, interleaved batch by batch so that the load of the machine
  // weighs on both alike; the median batch of each is reported.
  const [low, high] = compareMoves(
    cost,
    /** @type {any} */ (landscapes[64]),
    /** @type {any} */ (landscapes[256]),
  );
  console.log(
    `probe move (median of 41 interleaved batches): resolution 64 ${formatMicros(low)}, ` +
      `resolution 256 ${formatMicros(high)}; ratio 256 / 64 = ${(high / low).toFixed(2)} (goal: 1 within noise)`,
  );
  let k = 0;
  const descent = timeIt(
    () =>
      descentPath(cost.expr, /** @type {[number, number]} */ (PATH[k++ % PATH.length]), {
        learningRate: 0.1,
        steps: 50,
        variables: /** @type {[string, string]} */ ([...cost.variables]),
      }),
    { minMs: 400, batch: 1 },
  );
  console.log(
    `of which the engine's descentPath (50 steps; the cost's gradient compiled once per tree): ${formatMicros(descent)}`,
  );
}
