/** A pixel coordinate rounded to 1/100 px: shorter SVG, no visible change. */
export function roundPixel(value: number): number {
  return Math.round(value * 100) / 100;
}
