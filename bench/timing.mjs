// Timing helpers shared by the Node benchmarks.

/**
 * Median time per call in microseconds over 7 rounds, after a `minMs` warm-up for the JIT.
 * Calls are batched by `batch` so that very fast functions are not dominated by the clock.
 * @param {() => unknown} fn
 * @param {{ minMs?: number, batch?: number }} [options]
 */
export function timeIt(fn, { minMs = 300, batch = 20 } = {}) {
  const warm = performance.now();
  while (performance.now() - warm < minMs) fn();
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 7) {
      for (let i = 0; i < batch; i++) fn();
      n += batch;
      elapsed = performance.now() - start;
    }
    rounds.push((elapsed * 1000) / n);
  }
  rounds.sort((a, b) => a - b);
  return /** @type {number} */ (rounds[3]);
}

/** A duration in microseconds, written in µs or ms. @param {number} us */
export const formatMicros = (us) =>
  us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`;

/**
 * Two functions timed in alternating rounds, in CPU time of this process (user + system):
 * another program on the machine slows both alike instead of whichever ran while it was busy.
 * Each first runs `warmMs` on its own (the JIT's optimising tiers take a few hundred calls to
 * arrive). Returns the median time per call of each (µs) and the median of the per-round ratios
 * b / a.
 * @param {() => unknown} a
 * @param {() => unknown} b
 * @param {{ rounds?: number, minMs?: number, warmMs?: number }} [options]
 */
export function compareCpu(a, b, { rounds = 9, minMs = 100, warmMs = 1500 } = {}) {
  /** @param {() => unknown} fn @param {number} [ms] */
  const round = (fn, ms = minMs) => {
    const start = process.cpuUsage();
    const wall = performance.now();
    let n = 0;
    while (performance.now() - wall < ms) {
      fn();
      n++;
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / n;
  };
  round(a, warmMs);
  round(b, warmMs);
  const as = [];
  const bs = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const ta = round(a);
    const tb = round(b);
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  /** @param {number[]} v */
  const median = (v) => /** @type {number} */ (v.sort((x, y) => x - y)[Math.floor(v.length / 2)]);
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}
