import type { Vec2 } from "../math/vec";

/**
 * The drawable runs of a set of polylines: each polyline is cut wherever a point is not finite
 * (a pole, a gap in the domain), and runs shorter than two points are dropped. Nothing that
 * comes out can put NaN or Infinity into an SVG attribute.
 */
export function finiteRuns(polylines: readonly (readonly Vec2[])[]): Vec2[][] {
  const runs: Vec2[][] = [];
  for (const line of polylines) {
    let run: Vec2[] = [];
    for (const point of line) {
      if (Number.isFinite(point[0]) && Number.isFinite(point[1])) {
        run.push(point);
      } else {
        if (run.length > 1) runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}
