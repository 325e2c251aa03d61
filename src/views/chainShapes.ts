import type { Vec2 } from "../math/vec";
import type { ChainOrientation } from "../models/chainLayoutLabels";
import { curveSegments } from "../models/chainLayoutLabels";
import { roundPixel } from "./pixels";

/**
 * An SVG path through a layered edge's points: S-curves between consecutive points (the
 * model's `curveSegments`, which its label placement samples), so every edge leaves and enters
 * a box horizontally, or vertically top to bottom. Non-finite points are skipped.
 */
export function edgePath(
  route: readonly Vec2[],
  orientation: ChainOrientation = "horizontal",
): string {
  const segments = curveSegments(route, orientation);
  const first =
    segments[0]?.[0] ?? route.find(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (!first) return "";
  const p = ([x, y]: Vec2) => `${roundPixel(x)},${roundPixel(y)}`;
  let d = `M${p(first)}`;
  for (const [, b, c, q] of segments) d += ` C${p(b)} ${p(c)} ${p(q)}`;
  return d;
}

/** A small arrowhead pointing right (down, top to bottom), its tip at `tip`. */
export function arrowHead(
  tip: Vec2,
  size = 8,
  orientation: ChainOrientation = "horizontal",
): string {
  const [x, y] = tip;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return "";
  const p = (px: number, py: number) => `${roundPixel(px)},${roundPixel(py)}`;
  if (orientation === "vertical")
    return `${p(x, y)} ${p(x - size / 2, y - size)} ${p(x + size / 2, y - size)}`;
  return `${p(x, y)} ${p(x - size, y - size / 2)} ${p(x - size, y + size / 2)}`;
}
