import type { Vec2 } from "../math/vec";
import { roundPixel } from "./pixels";

/**
 * An SVG path through a layered edge's points: horizontal S-curves between consecutive points,
 * so every edge leaves and enters a box horizontally. Non-finite points are skipped.
 */
export function edgePath(route: readonly Vec2[]): string {
  const points = route.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const [first, ...rest] = points;
  if (!first) return "";
  let d = `M${roundPixel(first[0])},${roundPixel(first[1])}`;
  let previous = first;
  for (const point of rest) {
    const mid = roundPixel((previous[0] + point[0]) / 2);
    d += ` C${mid},${roundPixel(previous[1])} ${mid},${roundPixel(point[1])} ${roundPixel(point[0])},${roundPixel(point[1])}`;
    previous = point;
  }
  return d;
}

/** A small arrowhead pointing right, its tip at `tip`. */
export function arrowHead(tip: Vec2, size = 8): string {
  const [x, y] = tip;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return "";
  const p = (px: number, py: number) => `${roundPixel(px)},${roundPixel(py)}`;
  return `${p(x, y)} ${p(x - size, y - size / 2)} ${p(x - size, y + size / 2)}`;
}
