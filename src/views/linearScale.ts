import { ticks as niceTicks } from "d3-array";

/**
 * A linear map from numbers to pixels, as a `Plane` gives its shapes: call it with a value for
 * its pixel, `invert` a pixel for its value, ask it for round `ticks`. The part of d3-scale's
 * `scaleLinear` that slopes uses, with the same arithmetic and the same ticks.
 */
export interface LinearScale {
  /** The pixel of `value` (NaN for NaN). */
  (value: number): number;
  /** The value at `pixel`. */
  invert(pixel: number): number;
  /** The two ends of the values, as given. */
  domain(): [number, number];
  /** The two ends of the pixels, as given. */
  range(): [number, number];
  /** Round values across the domain, about `count` of them (d3's ticks). @default 10 */
  ticks(count?: number): number[];
}

/**
 * `t` in [0, 1] across `[a, b]` (d3-scale's `normalize`): 0.5 everywhere when the two ends are
 * the same number.
 */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const half = Number.isNaN(span) ? NaN : 0.5;
  return () => half;
}

/** The point `t` of the way from `a` to `b` (d3-interpolate's `interpolateNumber`). */
function lerp(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/** `from` mapped onto `to` as d3-scale's `bimap` does (a reversed `from` is read upwards). */
function bimap(from: readonly number[], to: readonly number[]): (x: number) => number {
  const [d0 = 0, d1 = 1] = from;
  const [r0 = 0, r1 = 1] = to;
  const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const at = d1 < d0 ? lerp(r1, r0) : lerp(r0, r1);
  return (x) => at(t(x));
}

/**
 * A linear scale from `domain` to `range`: what `scaleLinear().domain(domain).range(range)` of
 * d3-scale computes, without d3-scale's interpolators of colours and strings, number formats and
 * time intervals (about 10 KB gzip of an explorer's first download that a plane never used).
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const d: [number, number] = [domain[0], domain[1]];
  const r: [number, number] = [range[0], range[1]];
  const forward = bimap(d, r);
  const backward = bimap(r, d);
  const scale = ((value: number) => (Number.isNaN(value) ? NaN : forward(value))) as LinearScale;
  scale.invert = backward;
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  scale.ticks = (count = 10) => niceTicks(d[0], d[1], count);
  return scale;
}
