"use client";
import type { CSSProperties } from "react";
import type { Vec2 } from "../math/vec";
import { usePlane } from "./PlaneContext";
import { roundPixel } from "./pixels";

/** Props of {@link Point}. */
export interface PointProps {
  /** Where, in math coordinates. Nothing is drawn for a non-finite point. */
  at: Vec2;
  /** Dot radius in pixels. @default 4 */
  radius?: number | undefined;
  /** Fill colour. @default var(--slopes-fg) */
  color?: string | undefined;
  /** Hollow dot (an open circle). @default false */
  hollow?: boolean | undefined;
  className?: string | undefined;
}

/** A small, non-interactive dot in math coordinates (a secant's second point, a descent step). */
export function Point({ at, radius = 4, color, hollow = false, className }: PointProps) {
  const { toPixel, domain } = usePlane();
  const [x, y] = at;
  if (x < domain.x[0] || x > domain.x[1] || y < domain.y[0] || y > domain.y[1]) return null;
  const pixel = toPixel(at);
  if (!pixel) return null;
  const style = color ? ({ "--slopes-point-color": color } as CSSProperties) : undefined;
  return (
    <circle
      className={["slopes-point", className].filter(Boolean).join(" ")}
      data-hollow={hollow ? "true" : undefined}
      cx={roundPixel(pixel[0])}
      cy={roundPixel(pixel[1])}
      r={radius}
      style={style}
      aria-hidden="true"
    />
  );
}
