"use client";
import type { CSSProperties } from "react";
import { memo, useMemo } from "react";
import type { Vec2 } from "../math/vec";
import { finiteRuns } from "../models/polyline";
import { usePlane } from "./PlaneContext";
import { polylinePath } from "./pixels";

/** Props of {@link Curve}. */
export interface CurveProps {
  /** Polylines in math coordinates (`[x, y]` points); non-finite points break a line. */
  segments: readonly (readonly Vec2[])[];
  /** Stroke colour. @default var(--slopes-curve) */
  color?: string | undefined;
  /** Stroke width in pixels. @default var(--slopes-stroke) */
  strokeWidth?: number | undefined;
  /** Dash pattern, e.g. `"6 4"`. */
  dash?: string | undefined;
  /** Extra class on the group. */
  className?: string | undefined;
  /** Accessible name; without it the curve is decorative. */
  label?: string | undefined;
}

/**
 * Polylines in math coordinates, drawn as visx `LinePath` draws them and clipped to the `Plane`. The
 * engine's sampler supplies the segments; this component only draws them.
 */
export const Curve = memo(function Curve({
  segments,
  color,
  strokeWidth,
  dash,
  className,
  label,
}: CurveProps) {
  const { clipPath, toPixel } = usePlane();
  const runs = useMemo(
    () => finiteRuns(segments).map((run) => run.map((point) => toPixel(point) ?? point)),
    [segments, toPixel],
  );
  const style = {
    ...(color ? { "--slopes-curve-color": color } : {}),
    ...(strokeWidth ? { "--slopes-curve-width": `${strokeWidth}px` } : {}),
  } as CSSProperties;
  return (
    <g
      className={["slopes-curve-group", className].filter(Boolean).join(" ")}
      clipPath={clipPath}
      style={style}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {runs.map((run, index) => (
        <path
          key={index}
          className="visx-linepath slopes-curve"
          d={polylinePath(run)}
          fill="none"
          strokeLinecap="round"
          strokeDasharray={dash}
          // Presentation attributes: the theme's CSS overrides them; without the stylesheet the
          // curve still shows, in the text colour.
          stroke={color ?? "currentColor"}
          strokeWidth={strokeWidth ?? 2}
        />
      ))}
    </g>
  );
});
