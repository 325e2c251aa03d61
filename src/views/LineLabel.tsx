"use client";
import type { Vec2 } from "../math/vec";
import { vec } from "../math/vec";
import { usePlane } from "./PlaneContext";
import { placeAt } from "./pixels";

/** Props of {@link LineLabel}. */
export interface LineLabelProps {
  /** The segment labelled, in math coordinates. */
  line: readonly [Vec2, Vec2];
  /** A point the label must stay away from (the handle). */
  avoid: Vec2;
  text: string;
  color?: string | undefined;
}

/**
 * A label placed at the end of a segment farther from `avoid`, pulled inside the window, so it
 * never sits on the handle the reader is dragging.
 */
export function LineLabel({ line, avoid, text, color }: LineLabelProps) {
  const { toPixel, width, height } = usePlane();
  const a = toPixel(line[0]);
  const b = toPixel(line[1]);
  const h = toPixel(avoid);
  if (!a || !b) return null;
  const far = !h || vec.distance(a, h) > vec.distance(b, h) ? a : b;
  const near = far === a ? b : a;
  const length = vec.distance(far, near);
  if (length < 40) return null;
  // Step 14 px back along the segment from its far end, then 10 px to its side.
  const ux = (near[0] - far[0]) / length;
  const uy = (near[1] - far[1]) / length;
  let x = far[0] + ux * 14 - uy * 10;
  let y = far[1] + uy * 14 + ux * 10;
  x = Math.min(width - 4, Math.max(4, x));
  y = Math.min(height - 4, Math.max(12, y));
  return (
    <text
      className="slopes-line-label"
      transform={placeAt(x, y)}
      textAnchor={x > width / 2 ? "end" : "start"}
      style={color ? { fill: color } : undefined}
      aria-hidden="true"
    >
      {text}
    </text>
  );
}
