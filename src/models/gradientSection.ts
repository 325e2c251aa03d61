import { sampleCurve } from "../math/sample";
import type { Vec2 } from "../math/vec";
import type { GradientCost } from "./gradientCost";
import { clipLine } from "./lines";
import type { Domain } from "./plane";

/**
 * A slice of the landscape through the probe: the cost along one variable with the other held
 * fixed. Its tangent's slope at the probe is the partial derivative for that variable.
 */
export interface CrossSection {
  /** 0: along the first variable (second fixed); 1: along the second (first fixed). */
  readonly axis: 0 | 1;
  /** The variable that moves along the slice, and the one held fixed with its value. */
  readonly variable: string;
  readonly fixedVariable: string;
  readonly fixedValue: number;
  /** The window of the slice's plot: the moving variable's range × the cost's range. */
  readonly domain: Domain;
  /** The curve t ↦ L along the slice, split where the cost is undefined. */
  readonly curve: Vec2[][];
  /** The probe on the slice: (its coordinate along the slice, L). */
  readonly point: Vec2;
  /** The partial derivative: the slope of the slice at the probe; NaN where undefined. */
  readonly slope: number;
  /** The tangent clipped to the slice's window, or null where undefined. */
  readonly tangent: readonly [Vec2, Vec2] | null;
}

/** Size in pixels the slices are sampled for (the tolerance of the sampler is on screen). */
const SECTION_SIZE: Vec2 = [260, 150];

/**
 * The slice along `axis` through `probe`, sampled adaptively at a bounded cost (independent of
 * the map's resolution) for a window whose height is the cost's range over the map, widened to
 * show the probe's own value.
 */
export function crossSection(
  cost: GradientCost,
  domain: Domain,
  valueRange: readonly [number, number],
  probe: Vec2,
  value: number,
  slope: number,
  axis: 0 | 1,
): CrossSection {
  const along = axis === 0 ? domain.x : domain.y;
  const fixedValue = probe[axis === 0 ? 1 : 0];
  const t = probe[axis];
  const f =
    axis === 0
      ? (s: number) => cost.value(s, fixedValue)
      : (s: number) => cost.value(fixedValue, s);
  let [lo, hi] = valueRange;
  if (Number.isFinite(value)) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  const pad = (hi - lo) * 0.08 || 1;
  const sectionDomain: Domain = { x: [along[0], along[1]], y: [lo - pad, hi + pad] };
  const curve = Number.isFinite(fixedValue)
    ? sampleCurve(f, [along[0], along[1]], {
        size: SECTION_SIZE,
        yDomain: sectionDomain.y,
        cost: cost.size,
      })
    : [];
  const point: Vec2 = [t, value];
  return {
    axis,
    variable: cost.variables[axis],
    fixedVariable: cost.variables[axis === 0 ? 1 : 0],
    fixedValue,
    domain: sectionDomain,
    curve,
    point,
    slope,
    tangent: Number.isFinite(value) ? clipLine(point, slope, sectionDomain) : null,
  };
}
