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
