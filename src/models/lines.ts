import type { Vec2 } from "../math/vec";
import type { Domain } from "./plane";

/**
 * The part of the line through `point` with `slope` that lies inside the window, as its two
 * ends; `null` when the line misses the window or an input is not finite. Ends never leave the
 * window, so a nearly vertical secant stays a short, exact segment instead of a huge number.
 */
export function clipLine(point: Vec2, slope: number, domain: Domain): [Vec2, Vec2] | null {
  const [x0, y0] = point;
  if (![x0, y0, slope].every(Number.isFinite)) return null;
  const [xmin, xmax] = domain.x;
  const [ymin, ymax] = domain.y;
  // Parametrise by x: y(x) = y0 + slope (x − x0); keep the x where ymin ≤ y ≤ ymax.
  let lo = xmin;
  let hi = xmax;
  if (slope !== 0) {
    const a = x0 + (ymin - y0) / slope;
    const b = x0 + (ymax - y0) / slope;
    lo = Math.max(lo, Math.min(a, b));
    hi = Math.min(hi, Math.max(a, b));
  } else if (y0 < ymin || y0 > ymax) {
    return null;
  }
  if (!(lo < hi)) return null;
  const at = (x: number): Vec2 => [x, y0 + slope * (x - x0)];
  return [at(lo), at(hi)];
}

/**
 * A robust visible y range for a function over `[xmin, xmax]`: its sampled minimum and maximum,
 * except that an extreme lying far beyond the 5th or 95th percentile (a spike near a pole) is
 * replaced by that percentile; widened to include 0 when it is close, and padded by 8 %.
 * Falls back to [−1, 1] where nothing is finite.
 */
export function autoYRange(
  f: (x: number) => number,
  [xmin, xmax]: readonly [number, number],
  samples = 201,
): [number, number] {
  const values: number[] = [];
  for (let i = 0; i < samples; i++) {
    const y = f(xmin + ((xmax - xmin) * i) / (samples - 1));
    if (Number.isFinite(y)) values.push(y);
  }
  if (values.length === 0) return [-1, 1];
  values.sort((a, b) => a - b);
  const pick = (q: number) =>
    values[Math.min(values.length - 1, Math.floor(q * (values.length - 1)))] as number;
  const p5 = pick(0.05);
  const p95 = pick(0.95);
  const core = p95 - p5;
  const min = values[0] as number;
  const max = values[values.length - 1] as number;
  let lo = p5 - min <= core * 0.5 ? min : p5;
  let hi = max - p95 <= core * 0.5 ? max : p95;
  const span = hi - lo;
  if (lo > 0 && lo < span * 0.5) lo = 0;
  if (hi < 0 && -hi < span * 0.5) hi = 0;
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** A slope triangle of run `run` on the tangent: the rise is `run × slope` (see {@link unitTriangle}). */
export interface UnitTriangle {
  /** The run, from the point along x. */
  readonly run: readonly [Vec2, Vec2];
  /** The rise, from the run's end up (or down) to the tangent. */
  readonly rise: readonly [Vec2, Vec2];
  /** Length of the run in x units: 1, or a power of ten when the window is narrower than 2. */
  readonly length: number;
  /** The rise in y units: `length × slope`. */
  readonly height: number;
}

/**
 * The triangle that makes a slope readable whatever the units of the picture: from `point`, a
 * run of 1 along x and a rise of `slope` up to the tangent, so the rise *is* the slope. It goes
 * to the side `prefer` names when it fits in the window there, else to the other; a window
 * narrower than 2 units takes the largest power of ten that fits (0.1, 0.01…). `null` when the
 * slope or the point is not finite, or the triangle fits on neither side.
 */
export function unitTriangle(
  point: Vec2,
  slope: number,
  domain: Domain,
  prefer: 1 | -1 = 1,
): UnitTriangle | null {
  const [x, y] = point;
  if (![x, y, slope].every(Number.isFinite)) return null;
  const [xmin, xmax] = domain.x;
  const span = xmax - xmin;
  const length = span >= 2 ? 1 : 10 ** Math.floor(Math.log10(span / 2));
  if (!(length > 0)) return null;
  const height = slope * length;
  for (const side of [prefer, -prefer]) {
    const end = x + side * length;
    const top = y + side * height;
    const fits = end >= xmin && end <= xmax && top >= domain.y[0] && top <= domain.y[1];
    if (fits)
      return {
        run: [point, [end, y]],
        rise: [
          [end, y],
          [end, top],
        ],
        length,
        height,
      };
  }
  return null;
}

/** How the two axes of a picture compare (see {@link equalUnits}). */
export interface AxisUnits {
  /** The y range to draw. */
  readonly y: readonly [number, number];
  /** One unit has the same length on both axes (to within 1 %). */
  readonly equal: boolean;
  /** Length of one unit up ÷ length of one unit across, on screen. */
  readonly ratio: number;
}

/**
 * Equal units where the window allows: the y range is widened about its middle until one unit
 * up is as long as one across on a plot of `aspect` (height ÷ width), unless that takes more than
 * `maxStretch` times its height (a flat curve lost in a band of empty space teaches less than
 * stretched units, and a note). A y range taller than equal units allow is kept: widening x
 * would change the window the reader was given.
 */
export function equalUnits(
  x: readonly [number, number],
  y: readonly [number, number],
  aspect: number,
  maxStretch = 4,
): AxisUnits {
  const across = x[1] - x[0];
  const up = y[1] - y[0];
  const need = across * aspect;
  if (need >= up && need <= up * maxStretch) {
    const middle = (y[0] + y[1]) / 2;
    return { y: [middle - need / 2, middle + need / 2], equal: true, ratio: 1 };
  }
  const ratio = need / up;
  if (!(Number.isFinite(ratio) && ratio > 0)) return { y, equal: false, ratio: Number.NaN };
  return { y, equal: Math.abs(ratio - 1) < 0.01, ratio };
}
