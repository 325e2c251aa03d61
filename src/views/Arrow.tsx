"use client";
import type { CSSProperties } from "react";
import type { Vec2 } from "../math/vec";
import { usePlane } from "./PlaneContext";
import { placeAt, roundPixel } from "./pixels";

/** Props of {@link Arrow}. */
export interface ArrowProps {
  /** Tail of the arrow, in math coordinates. */
  from: Vec2;
  /** Tip of the arrow, in math coordinates. */
  to: Vec2;
  /** Text written past the tip; also the accessible name. */
  label?: string | undefined;
  /** A fuller accessible name than the short label (e.g. "Gradient (2, 4), pointing uphill"). @default label */
  name?: string | undefined;
  /** Colour of shaft, head and label. @default var(--slopes-accent) */
  color?: string | undefined;
  /** Length of the head in pixels. @default 10 */
  headSize?: number | undefined;
  /** Extra class on the group. */
  className?: string | undefined;
}

/**
 * A vector with a head, from `from` to `to` in math coordinates. The head is built in pixels so
 * it keeps its shape whatever the scales. An arrow with a non-finite end, or shorter than a
 * pixel, draws nothing.
 */
export function Arrow({ from, to, label, name, color, headSize = 10, className }: ArrowProps) {
  const { toPixel } = usePlane();
  const tail = toPixel(from);
  const tip = toPixel(to);
  if (!tail || !tip) return null;
  return (
    <ArrowShape
      tail={tail}
      tip={tip}
      label={label}
      name={name}
      color={color}
      headSize={headSize}
      className={className}
    />
  );
}

/** Props of {@link ArrowShape}: an `Arrow` with its ends already in pixels. */
export interface ArrowShapeProps extends Omit<ArrowProps, "from" | "to"> {
  /** Tail in pixels of the plotting area. */
  tail: Vec2;
  /** Tip in pixels of the plotting area. */
  tip: Vec2;
  /** Centre of the label in pixels. @default 8 px past the tip, anchored away from it */
  labelAt?: Vec2 | undefined;
  /** Drawn longer than to scale (a vector too short to see): marked `data-lengthened`. */
  lengthened?: boolean | undefined;
}

/**
 * The drawing of an `Arrow` from pixel coordinates (for views that place the arrow and its
 * label themselves, e.g. out of a handle's ring). Shorter than a pixel, it draws nothing.
 */
export function ArrowShape(props: ArrowShapeProps) {
  const { tail, tip, label, name, color, headSize = 10, className } = props;
  const dx = tip[0] - tail[0];
  const dy = tip[1] - tail[1];
  const length = Math.hypot(dx, dy);
  if (!(length >= 1)) return null;
  const ux = dx / length;
  const uy = dy / length;
  const head = Math.min(headSize, length * 0.6);
  const baseX = tip[0] - ux * head;
  const baseY = tip[1] - uy * head;
  const half = head * 0.45;
  const points = [
    [tip[0], tip[1]],
    [baseX - uy * half, baseY + ux * half],
    [baseX + uy * half, baseY - ux * half],
  ]
    .map(([x, y]) => `${roundPixel(x as number)},${roundPixel(y as number)}`)
    .join(" ");
  const style = color ? ({ "--slopes-arrow-color": color } as CSSProperties) : undefined;
  const at = props.labelAt;
  return (
    <g
      className={["slopes-arrow", className].filter(Boolean).join(" ")}
      style={style}
      role={label || name ? "img" : undefined}
      aria-label={name ?? label}
      aria-hidden={label || name ? undefined : true}
      data-lengthened={props.lengthened ? "true" : undefined}
    >
      <line
        x1={roundPixel(tail[0])}
        y1={roundPixel(tail[1])}
        x2={roundPixel(baseX)}
        y2={roundPixel(baseY)}
      />
      <polygon points={points} />
      {label ? (
        at ? (
          <text
            transform={placeAt(at[0], at[1])}
            textAnchor="middle"
            dominantBaseline="central"
            aria-hidden="true"
          >
            {label}
          </text>
        ) : (
          <text
            transform={placeAt(tip[0] + ux * 8, tip[1] + uy * 8)}
            textAnchor={ux >= 0 ? "start" : "end"}
            dominantBaseline={uy > 0 ? "hanging" : "auto"}
            aria-hidden="true"
          >
            {label}
          </text>
        )
      ) : null}
    </g>
  );
}
