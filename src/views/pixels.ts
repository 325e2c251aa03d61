/** A pixel coordinate rounded to 1/100 px: shorter SVG, no visible change. */
export function roundPixel(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A `transform` that places an element at (x, y), rounded like {@link roundPixel}. Moving
 * labels use it instead of `x`/`y`: Chromium lays an SVG `<text>` out again when its `x` or `y`
 * changes, but only re-transforms it when its `transform` does.
 */
export function placeAt(x: number, y: number): string {
  return `translate(${roundPixel(x)},${roundPixel(y)})`;
}

/** A pixel coordinate as d3-path writes it: rounded to 3 decimals. */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The `d` of a polyline through pixel points, as visx's `LinePath` (d3-shape's `line`, linear
 * curve, 3 digits) writes it: `Mx,yLx,y…`, a single point closed with `Z`, no point `""`. Written
 * here so that a curve does not bring `@visx/shape`, `d3-shape`, `d3-path` and `classnames`
 * (about 2 KB gzip of an explorer's first download).
 */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  const d = points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round3(x)},${round3(y)}`).join("");
  return points.length === 1 ? `${d}Z` : d;
}
