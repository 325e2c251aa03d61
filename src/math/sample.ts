import type { Vec2 } from "./vec";
import { samplesWithin } from "./budgets";

/** Options of {@link sampleCurve}. */
export interface SampleCurveOptions {
  /**
   * Size of the plot in pixels `[width, height]`: the tolerance is measured on screen.
   * @default [600, 400]
   */
  readonly size?: Vec2;
  /**
   * Visible y range. Defaults to a robust estimate from a first pass (5th–95th percentile).
   */
  readonly yDomain?: Vec2;
  /**
   * Largest distance, in pixels, between the drawn polyline and the curve at a midpoint.
   * @default 0.5
   */
  readonly tolerance?: number;
  /**
   * Upper bound on the number of evaluations (and so of points): `sin(1/x)` stays bounded.
   * @default 2000
   */
  readonly maxPoints?: number;
  /**
   * Number of intervals of the first, uniform pass (one every 10 px).
   * @default 60
   */
  readonly initialIntervals?: number;
  /**
   * Most halvings of a first-pass interval; an interval still bending at this depth is a break.
   * @default 14
   */
  readonly maxDepth?: number;
  /**
   * Work of one evaluation of `f` (for a compiled formula, its node count, `writtenSize`).
   * With it, a pass spends at most `MAX_SAMPLING_WORK`: a large formula gets fewer
   * samples (never fewer than 8) instead of a longer wait.
   * @default 1
   */
  readonly cost?: number;
}

interface Interval {
  a: number;
  fa: number;
  b: number;
  fb: number;
  depth: number;
  done: boolean;
  broken: boolean;
}

function estimateYDomain(ys: number[]): Vec2 {
  const finite = ys.filter(Number.isFinite).sort((p, q) => p - q);
  if (finite.length === 0) return [-1, 1];
  const lo = finite[Math.floor(0.05 * (finite.length - 1))] as number;
  const hi = finite[Math.ceil(0.95 * (finite.length - 1))] as number;
  const span = hi - lo || Math.max(1, Math.abs(lo));
  return [lo - 0.1 * span, hi + 0.1 * span];
}

/**
 * Samples `f` on `[xmin, xmax]` as polylines ready to draw, in math coordinates.
 * Adaptive: intervals are halved where the curve bends more than `tolerance` pixels, so a
 * line needs 2 points and a parabola a few dozen. The curve is split (no line drawn across)
 * at poles (`1/x`), jumps (`floor`), and gaps in the domain (`ln x` starts at the edge of its
 * domain). Values far outside the visible y range are clamped to ten times its height, so no
 * NaN or huge number reaches an SVG attribute. Never more than `maxPoints` evaluations, nor more
 * work than `MAX_SAMPLING_WORK` when `cost` is given.
 */
export function sampleCurve(
  f: (x: number) => number,
  [xmin, xmax]: Vec2,
  options: SampleCurveOptions = {},
): Vec2[][] {
  if (!Number.isFinite(xmin) || !Number.isFinite(xmax) || xmin >= xmax) return [];
  const [width, height] = options.size ?? [600, 400];
  const tolerance = options.tolerance ?? 0.5;
  const maxPoints = samplesWithin(options.cost ?? 1, Math.max(8, options.maxPoints ?? 2000));
  const n = Math.max(
    2,
    Math.min(options.initialIntervals ?? Math.round(width / 10), maxPoints - 1),
  );
  const maxDepth = options.maxDepth ?? 14;
  const value = (x: number): number => {
    const y = f(x);
    return typeof y === "number" && Number.isFinite(y) ? y : Number.NaN;
  };
  const xs = Array.from({ length: n + 1 }, (_, i) =>
    i === n ? xmax : xmin + ((xmax - xmin) * i) / n,
  );
  const ys = xs.map(value);
  const [ylo, yhi] = options.yDomain ?? estimateYDomain(ys);
  const pxY = height / Math.max(yhi - ylo, Number.MIN_VALUE);
  let intervals: Interval[] = xs.slice(0, -1).map((a, i) => ({
    a,
    fa: ys[i] as number,
    b: xs[i + 1] as number,
    fb: ys[i + 1] as number,
    depth: 0,
    done: false,
    broken: false,
  }));
  let evaluations = n + 1;
  let active = true;
  while (active && evaluations < maxPoints) {
    active = false;
    const next: Interval[] = [];
    for (const iv of intervals) {
      if (iv.done || evaluations >= maxPoints) {
        next.push(iv);
        continue;
      }
      const m = iv.a + (iv.b - iv.a) / 2;
      const fm = value(m);
      evaluations++;
      const finiteA = Number.isFinite(iv.fa);
      const finiteB = Number.isFinite(iv.fb);
      const finiteM = Number.isFinite(fm);
      let split: boolean;
      if (finiteA && finiteB)
        split = !finiteM || Math.abs(fm - (iv.fa + iv.fb) / 2) * pxY > tolerance;
      else if (finiteA || finiteB) split = true;
      else split = finiteM;
      if (!split) {
        iv.done = true;
        next.push(iv);
      } else if (iv.depth >= maxDepth) {
        iv.done = true;
        iv.broken = true;
        next.push(iv);
      } else {
        active = true;
        const depth = iv.depth + 1;
        next.push(
          { a: iv.a, fa: iv.fa, b: m, fb: fm, depth, done: false, broken: false },
          { a: m, fa: fm, b: iv.b, fb: iv.fb, depth, done: false, broken: false },
        );
      }
    }
    intervals = next;
  }
  const span = yhi - ylo;
  const near = (y: number): boolean => y >= ylo - 10 * span && y <= yhi + 10 * span;
  const clampY = (y: number): number => Math.min(yhi + 10 * span, Math.max(ylo - 10 * span, y));
  const raw: Vec2[][] = [];
  let current: Vec2[] = [];
  const flush = (): void => {
    if (current.length > 0) raw.push(current);
    current = [];
  };
  for (const iv of intervals) {
    if (Number.isFinite(iv.fa)) current.push([iv.a, iv.fa]);
    if (iv.broken || !Number.isFinite(iv.fa) || !Number.isFinite(iv.fb)) flush();
  }
  const last = intervals[intervals.length - 1];
  if (last && Number.isFinite(last.fb)) current.push([last.b, last.fb]);
  flush();
  const limit = tolerance / 4 / pxY;
  return raw
    .flatMap((points) => keepVisible(points, near, clampY))
    .map((points) => thin(points, limit));
}

/** Drops runs of points far off screen (a pole's far side), keeping one to leave the view. */
function keepVisible(
  points: Vec2[],
  near: (y: number) => boolean,
  clampY: (y: number) => number,
): Vec2[][] {
  const pieces: Vec2[][] = [];
  let piece: Vec2[] = [];
  points.forEach((p, i) => {
    const keep =
      near(p[1]) ||
      near(points[i - 1]?.[1] ?? Number.NaN) ||
      near(points[i + 1]?.[1] ?? Number.NaN);
    if (keep) piece.push([p[0], clampY(p[1])]);
    else {
      if (piece.length >= 2) pieces.push(piece);
      piece = [];
    }
  });
  if (piece.length >= 2) pieces.push(piece);
  return pieces;
}

/** Removes points that lie on the line through their neighbours (within `limit` in y). */
function thin(points: Vec2[], limit: number): Vec2[] {
  if (points.length <= 2) return points;
  const kept: Vec2[] = [points[0] as Vec2];
  for (let i = 1; i < points.length - 1; i++) {
    const a = kept[kept.length - 1] as Vec2;
    const p = points[i] as Vec2;
    const b = points[i + 1] as Vec2;
    const t = (p[0] - a[0]) / (b[0] - a[0]);
    if (Math.abs(a[1] + t * (b[1] - a[1]) - p[1]) > limit) kept.push(p);
  }
  kept.push(points[points.length - 1] as Vec2);
  return kept;
}
