"use client";
import type { CSSProperties } from "react";
import { useMemo } from "react";
import type { Vec2 } from "../math/vec";
import { formatNumber } from "../i18n/formatNumber";
import { decimalsOf } from "../math/number";
import { drawable } from "../models/plane";
import type { Axis, MovableBounds } from "../hooks/useMovable";
import { useSecantWords } from "../hooks/useLocale";
import { useMovable } from "../hooks/useMovable";
import type { PlaneContextValue } from "./PlaneContext";
import { usePlane } from "./PlaneContext";
import { roundPixel } from "./pixels";

/** Props of {@link Handle}. */
export interface HandleProps {
  /** Position `[x, y]` in math coordinates (controlled). */
  value: Vec2;
  /** Called with each new position while dragged or moved with keys. */
  onValueChange: (next: Vec2) => void;
  /** Called once at the end of each gesture. */
  onChangeEnd?: ((final: Vec2) => void) | undefined;
  /** Accessible name, e.g. "Point on the curve". */
  label: string;
  /**
   * Which coordinates move. `"x"` or `"y"` gives one slider; `"xy"` (a free point) two sliders,
   * one per coordinate. @default "xy"
   */
  axes?: Axis | "xy" | undefined;
  /** What a screen reader says for a slider's value. @default "x = 1.5" (and "y = …") */
  valueText?: ((point: Vec2, axis: Axis) => string) | undefined;
  /** Maps a wanted position to an allowed one (e.g. onto a curve). */
  constrain?: ((wanted: Vec2) => Vec2) | undefined;
  /** Keyboard step. @default a round number near 1/100 of the range */
  step?: number | Partial<Record<Axis, number>> | undefined;
  /** Where the point may go. @default the plane's domain */
  bounds?: MovableBounds | undefined;
  /** Names of the coordinates, used in the default value text. @default "x", "y" */
  names?: Readonly<Record<Axis, string>> | undefined;
  /** Fill colour. @default var(--slopes-handle-fill) */
  color?: string | undefined;
  /** Radius of the visible dot in pixels (the hit area is always 44 px across). @default 7 */
  radius?: number | undefined;
  /** Not movable. @default false */
  disabled?: boolean | undefined;
  /**
   * Radius of the area that answers to the pointer, in pixels; keep 22 (a 44 px finger) unless
   * another handle needs the room. @default 22
   */
  hitRadius?: number | undefined;
  /**
   * Where the hit area's centre sits from the dot, in pixels: a handle drawn beside another one
   * takes its 44 px on the side away from it. @default [0, 0]
   */
  hitOffset?: readonly [number, number] | undefined;
  /** A class added to the handle's group, to style or find one handle among others. */
  className?: string | undefined;
}

const HIT_RADIUS = 22;

/**
 * A draggable point on the `Plane`: pointer, touch and keyboard through `useMovable`, exposed to
 * assistive technology as `role="slider"` (two sliders for a free 2-D point) with a name and a
 * value text. `touch-action: none` is set on the handle only, so the page still scrolls.
 * Non-finite coordinates never reach the SVG: ±Infinity is drawn at the window's edge, NaN on
 * the axis with a hollow "undefined" marker.
 */
export function Handle(props: HandleProps) {
  const plane = usePlane();
  const locale = useSecantWords();
  const { value, axes = "xy", radius = 7, names = DEFAULT_NAMES } = props;
  const [x, y] = value;
  const bounds = props.bounds ?? plane.domain;
  const movable = useMovable({
    value,
    onValueChange: props.onValueChange,
    onChangeEnd: props.onChangeEnd,
    axes,
    bounds,
    step: props.step,
    constrain: props.constrain,
    toMath: plane.toMath,
    disabled: props.disabled,
  });

  const [px, py, undefinedHere] = handlePixel(plane, value);

  const valueText = (axis: Axis): string => {
    if (props.valueText) return props.valueText([x, y], axis);
    const text = (name: string, value: number) =>
      `${name} = ${Number.isNaN(value) ? locale.labels.undefinedValue : formatNumber(value, { maximumFractionDigits: decimalsOf(movable.step[axis]) + 1, locale: locale.code })}`;
    return axes === "xy" || axis === "y"
      ? `${text(names.x, x)}, ${text(names.y, y)}`
      : text(names.x, x);
  };

  const sliderProps = (axis: Axis) => {
    const value = axis === "x" ? x : y;
    const [min, max] = bounds[axis];
    return {
      role: "slider" as const,
      tabIndex: props.disabled ? -1 : 0,
      "aria-valuemin": asAttribute(ariaNumber(min)),
      "aria-valuemax": asAttribute(ariaNumber(max)),
      "aria-valuenow": Number.isFinite(value) ? asAttribute(ariaNumber(value)) : undefined,
      "aria-valuetext": valueText(axis),
      "aria-orientation": axis === "x" ? ("horizontal" as const) : ("vertical" as const),
      "aria-disabled": props.disabled ? true : undefined,
      ...movable.keyProps(axis),
    };
  };

  const style = useMemo(
    () => (props.color ? ({ "--slopes-handle-color": props.color } as CSSProperties) : undefined),
    [props.color],
  );
  const single = axes !== "xy";

  return (
    <g
      className={props.className ? `slopes-handle ${props.className}` : "slopes-handle"}
      transform={`translate(${roundPixel(px)},${roundPixel(py)})`}
      data-dragging={movable.dragging ? "true" : undefined}
      data-state={undefinedHere ? "undefined" : undefined}
      style={style}
      {...movable.dragProps}
      {...(single ? { "aria-label": props.label, ...sliderProps(axes) } : {})}
    >
      <circle
        className="slopes-handle-hit"
        r={props.hitRadius ?? HIT_RADIUS}
        cx={props.hitOffset?.[0]}
        cy={props.hitOffset?.[1]}
      />
      {/* A soft halo says "this can be moved"; it grows under the pointer and while dragged. */}
      <circle className="slopes-handle-halo" r={radius + 6} pointerEvents="none" />
      {single ? (
        <circle className="slopes-handle-ring" r={radius + 5} />
      ) : (
        (["x", "y"] as const).map((axis) => (
          <g
            key={axis}
            className="slopes-handle-axis"
            aria-label={`${props.label}, ${names[axis]}`}
            {...sliderProps(axis)}
          >
            <circle className="slopes-handle-hit" r={radius + 8} />
            <circle className="slopes-handle-ring" r={radius + 5} />
            <path
              className="slopes-handle-ring"
              d={
                axis === "x"
                  ? `M ${-radius - 14} 0 H ${radius + 14}`
                  : `M 0 ${-radius - 14} V ${radius + 14}`
              }
            />
          </g>
        ))
      )}
      <circle className="slopes-handle-dot" r={radius} pointerEvents="none" />
    </g>
  );
}

const DEFAULT_NAMES: Readonly<Record<Axis, string>> = { x: "x", y: "y" };

/**
 * Where a handle at `value` is drawn, in the plotting area's pixels, and whether the value is
 * undefined there: ±Infinity at the window's edge, NaN on the axis.
 */
export function handlePixel(
  plane: Pick<PlaneContextValue, "domain" | "xScale" | "yScale">,
  [x, y]: Vec2,
): [number, number, boolean] {
  const shownX = drawable(x, plane.domain.x);
  const shownY = drawable(y, plane.domain.y);
  return [
    plane.xScale(shownX ?? clampZero(plane.domain.x)),
    plane.yScale(shownY ?? clampZero(plane.domain.y)),
    shownX === null || shownY === null,
  ];
}

/**
 * A number as ARIA wants it: plain decimals, never JavaScript's exponent form (`1e-12` is not a
 * valid aria-valuemin; `0.000000000001` is).
 */
export function ariaNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  // The shortest digits JavaScript found, moved about the decimal point: no new digits.
  const [, sign, lead, rest = "", power] = match;
  const digits = `${lead}${rest}`;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, "0")}`;
}

/** React's types want a number for these attributes; it writes a string as it is. */
function asAttribute(text: string): number {
  return text as unknown as number;
}

function clampZero(range: readonly [number, number]): number {
  return Math.min(range[1], Math.max(range[0], 0));
}
