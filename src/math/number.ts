/** True for a number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** `value` limited to `[min, max]`; NaN stays NaN so callers can still see it. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The "nice" step (1, 2 or 5 times a power of ten) nearest to `raw`, for keyboard steps and
 * tick spacing. `niceStep(0.08)` is `0.1`, `niceStep(0.3)` is `0.2`.
 * Non-positive or non-finite input gives `1`.
 */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
  return nice * power;
}

/** Number of decimals a step needs to be printed exactly (`0.05` → 2, `10` → 0). */
export function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  return Math.max(0, Math.min(15, Math.ceil(-Math.log10(step) - 1e-9)));
}

/**
 * `value` snapped to the nearest multiple of `step`, free of binary noise
 * (`roundToStep(0.1 + 0.2, 0.1)` is `0.3`).
 */
export function roundToStep(value: number, step: number): number {
  if (!Number.isFinite(value) || !(step > 0) || !Number.isFinite(step)) return value;
  const snapped = Math.round(value / step) * step;
  return Number(snapped.toFixed(decimalsOf(step)));
}
