"use client";
import type { Vec2 } from "../math/vec";
import { vec } from "../math/vec";
import { Curve } from "./Curve";
import { usePlane } from "./PlaneContext";
import { placeAt } from "./pixels";

/** Props of {@link SlopeTriangle}. */
export interface SlopeTriangleProps {
  triangle: { readonly run: readonly [Vec2, Vec2]; readonly rise: readonly [Vec2, Vec2] };
  /** A point the labels must stay clear of (the handle), in math coordinates. */
  avoid?: Vec2 | undefined;
  /** Write Δx and Δy; `SecantView` places them itself, with its other words. @default true */
  labels?: boolean | undefined;
}

/** Least distance in pixels from a label's centre to the point it avoids. */
const CLEARANCE = 24;

/**
 * The run (Δx) and rise (Δy) under a secant, labelled when there is room. The Δx label sits
 * under the middle of the run unless that is on the handle (a central difference at a flat
 * point): it then moves along the run, or is left out when the run is too short.
 */
export function SlopeTriangle({ triangle, avoid, labels = true }: SlopeTriangleProps) {
  const { toPixel } = usePlane();
  const runA = toPixel(triangle.run[0]);
  const runB = toPixel(triangle.run[1]);
  const riseB = toPixel(triangle.rise[1]);
  const handle = avoid ? toPixel(avoid) : null;
  const roomy = labels && runA && runB && riseB && Math.abs(runB[0] - runA[0]) > 28;
  const tall = runB && riseB && Math.abs(riseB[1] - runB[1]) > 20;
  let dx: Vec2 | null = null;
  if (roomy) {
    const y = runA[1] + (riseB[1] < runA[1] ? 16 : -8);
    dx = [(runA[0] + runB[0]) / 2, y];
    if (handle && vec.distance(dx, handle) < CLEARANCE) {
      const far = Math.abs(runB[0] - handle[0]) >= Math.abs(runA[0] - handle[0]) ? runB : runA;
      const moved: Vec2 = [(far[0] + handle[0]) / 2, y];
      dx = vec.distance(moved, handle) >= CLEARANCE ? moved : null;
    }
  }
  const dy: Vec2 | null = roomy && tall ? [runB[0] + 6, (runB[1] + riseB[1]) / 2] : null;
  return (
    <g className="slopes-triangle" aria-hidden="true">
      <Curve
        segments={[triangle.run, triangle.rise]}
        color="var(--slopes-muted)"
        dash="3 3"
        strokeWidth={1.5}
      />
      {dx ? (
        <text transform={placeAt(dx[0], dx[1])} textAnchor="middle">
          Δx
        </text>
      ) : null}
      {dy && (!handle || vec.distance(dy, handle) >= CLEARANCE) ? (
        <text transform={placeAt(dy[0], dy[1])} dominantBaseline="middle">
          Δy
        </text>
      ) : null}
    </g>
  );
}
