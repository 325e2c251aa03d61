"use client";
import type { Vec2 } from "../math/vec";
import { Curve } from "./Curve";
import { Point } from "./Point";

/** Props of {@link DescentTrail}. */
export interface DescentTrailProps {
  /** The visited points, starting at the probe. */
  points: readonly Vec2[];
  /** The walk was stopped because it diverged: its last point is marked as such. */
  diverged?: boolean | undefined;
  /** Accessible name, e.g. "Gradient descent path from the probe, 12 steps". */
  label?: string | undefined;
}

/**
 * The path of gradient descent: a thin line through the steps with a dot at each one (the
 * probe itself is the start). Steps outside the window are clipped; no NaN reaches the SVG.
 */
export function DescentTrail({ points, diverged = false, label }: DescentTrailProps) {
  if (points.length < 2) return null;
  const last = points[points.length - 1] as Vec2;
  return (
    <g
      className="slopes-descent-trail"
      data-diverged={diverged ? "true" : undefined}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <Curve segments={[points]} color="var(--slopes-descent)" dash="2 4" strokeWidth={1.5} />
      {points.slice(1).map((p, index) => (
        <Point key={index} at={p} radius={3} color="var(--slopes-descent)" />
      ))}
      {diverged ? <Point at={last} radius={5} hollow color="var(--slopes-error)" /> : null}
    </g>
  );
}
