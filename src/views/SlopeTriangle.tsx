"use client";
import type { Vec2 } from "../math/vec";
import { Curve } from "./Curve";
import { usePlane } from "./PlaneContext";
import { placeAt } from "./pixels";

/** Props of {@link SlopeTriangle}. */
export interface SlopeTriangleProps {
  triangle: { readonly run: readonly [Vec2, Vec2]; readonly rise: readonly [Vec2, Vec2] };
}

/** The run (Δx) and rise (Δy) under a secant, labelled when there is room. */
export function SlopeTriangle({ triangle }: SlopeTriangleProps) {
  const { toPixel } = usePlane();
  const runA = toPixel(triangle.run[0]);
  const runB = toPixel(triangle.run[1]);
  const riseB = toPixel(triangle.rise[1]);
  const roomy = runA && runB && riseB && Math.abs(runB[0] - runA[0]) > 28;
  const tall = runB && riseB && Math.abs(riseB[1] - runB[1]) > 20;
  return (
    <g className="slopes-triangle" aria-hidden="true">
      <Curve
        segments={[triangle.run, triangle.rise]}
        color="var(--slopes-muted)"
        dash="3 3"
        strokeWidth={1.5}
      />
      {roomy ? (
        <text
          transform={placeAt((runA[0] + runB[0]) / 2, runA[1] + (riseB[1] < runA[1] ? 16 : -8))}
          textAnchor="middle"
        >
          Δx
        </text>
      ) : null}
      {roomy && tall ? (
        <text transform={placeAt(runB[0] + 6, (runB[1] + riseB[1]) / 2)} dominantBaseline="middle">
          Δy
        </text>
      ) : null}
    </g>
  );
}
