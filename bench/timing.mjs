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
