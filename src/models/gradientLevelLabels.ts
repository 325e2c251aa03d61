import type { Vec2 } from "../math/vec";
import type { Domain } from "./plane";
import type { Obstacles, PixelBox } from "./gradientPlacement";
import { boxAround, boxesMeet, segmentMeetsBox, within } from "./gradientPlacement";

// Where the contour levels of the gradient map are written: on their lines, clear of the marks
// that move with the probe and of the axes' text (#12).

/** A contour level to write on its line: where it may go (pixels, best first) and its size. */
export interface LevelLabel {
  readonly candidates: readonly Vec2[];
  readonly width: number;
  readonly height: number;
}

/**
 * Where to write each contour level: the first of its candidate points where the label is clear
 * of the labels already placed, of the obstacles' boxes and segments (the arrows, the probe,
 * the arrows' labels, the tick labels) and inside `bounds`; null (not written) when none is.
 */
export function placeLevelLabels(
  labels: readonly LevelLabel[],
  bounds: PixelBox,
  obstacles: Obstacles,
): (Vec2 | null)[] {
  const placed: PixelBox[] = [];
  return labels.map(({ candidates, width, height }) => {
    for (const centre of candidates) {
      const box = boxAround(centre, width, height);
      if (!within(box, bounds)) continue;
      if (placed.some((p) => boxesMeet(box, p, 3))) continue;
      if (obstacles.boxes.some((b) => boxesMeet(box, b, 2))) continue;
      if (obstacles.segments.some((s) => segmentMeetsBox(s, box, 2))) continue;
      placed.push(box);
      return centre;
    }
    return null;
  });
}

/**
 * Candidate points for writing a contour's level on its lines: points at least 6 % of the map
 * from the border, the ones farthest towards the upper right first (labels of nested rings
 * line up along a diagonal), then others spread along the lines (at least 12 % of the map
 * apart), at most `most` of them.
 */
export function levelLabelCandidates(
  lines: readonly (readonly Vec2[])[],
  domain: Domain,
  most = 8,
): Vec2[] {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const w = x1 - x0;
  const h = y1 - y0;
  const scored: { p: Vec2; s: number }[] = [];
  for (const line of lines)
    for (const p of line) {
      if (p[0] < x0 + 0.06 * w || p[0] > x1 - 0.06 * w) continue;
      if (p[1] < y0 + 0.06 * h || p[1] > y1 - 0.06 * h) continue;
      scored.push({ p, s: (p[0] - x0) / w + (p[1] - y0) / h });
    }
  scored.sort((a, b) => b.s - a.s);
  const chosen: Vec2[] = [];
  for (const { p } of scored) {
    if (chosen.length >= most) break;
    const far = chosen.every((q) => Math.hypot((p[0] - q[0]) / w, (p[1] - q[1]) / h) >= 0.12);
    if (far) chosen.push(p);
  }
  return chosen;
}
