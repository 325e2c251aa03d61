"use client";
import type { LinearScale } from "./PlaneContext";

/**
 * Grid lines and axes with ticks and numbers, drawn as the same SVG elements, classes and
 * attributes as visx's `GridRows`/`GridColumns` and `AxisBottom`/`AxisLeft` (the pictures and any
 * page CSS naming `.visx-axis…` stay as they were). Hand-written because `@visx/axis` brings
 * `@visx/text`, and with it `math-expression-evaluator`, `reduce-css-calc` and
 * `balanced-match`: about 9 KB gzip of a secant explorer's first download for wrapping and
 * `calc()` sizing these numbers never use.
 */

/** Stroke of visx's grid lines and axes, kept as presentation attributes (the theme overrides them). */
const GRID_STROKE = "#eaf0f6";
const AXIS_STROKE = "#222";

/** A straight line as visx's `Line` writes it. */
function Line({
  x1,
  y1,
  x2,
  y2,
  stroke,
  className,
  linecap,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  className?: string;
  linecap?: "square";
}) {
  return (
    <line
      className={className ? `visx-line ${className}` : "visx-line"}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      fill="transparent"
      shapeRendering={x1 === x2 || y1 === y2 ? "crispEdges" : "auto"}
      stroke={stroke}
      strokeWidth={1}
      strokeLinecap={linecap}
    />
  );
}

/** Props of {@link GridLines}. */
export interface GridLinesProps {
  /** Which lines: rows (horizontal, at `scale`'s ticks on y) or columns (vertical, on x). */
  direction: "rows" | "columns";
  scale: LinearScale;
  /** Length of each line: the plotting area's width for rows, height for columns. */
  length: number;
  numTicks: number;
}

/** One family of grid lines at a scale's ticks (visx `GridRows` / `GridColumns`). */
export function GridLines({ direction, scale, length, numTicks }: GridLinesProps) {
  const rows = direction === "rows";
  return (
    <g className={`visx-group visx-${direction}`} transform="translate(0, 0)">
      {scale.ticks(numTicks).map((value, index) => {
        const at = scale(value);
        return rows ? (
          <Line key={`row-line-${index}`} x1={0} y1={at} x2={length} y2={at} stroke={GRID_STROKE} />
        ) : (
          <Line
            key={`column-line-${index}`}
            x1={at}
            y1={0}
            x2={at}
            y2={length}
            stroke={GRID_STROKE}
          />
        );
      })}
    </g>
  );
}

/** Props of {@link AxisLine}. */
export interface AxisLineProps {
  /** `bottom`: a horizontal axis with its numbers below; `left`: a vertical one, numbers left. */
  orientation: "bottom" | "left";
  scale: LinearScale;
  /** Where the axis sits across it: `top` for a bottom axis, `left` for a left one, in pixels. */
  at: number;
  numTicks: number;
  format: (value: number) => string;
  /** Leave out the tick at 0 (where the two axes cross). */
  hideZero: boolean;
  tickLength: number;
}

/**
 * An axis line with its ticks and numbers (visx `AxisBottom` / `AxisLeft` with plain `<text>`
 * numbers, 10 px apart from the tick as visx places them).
 */
export function AxisLine({
  orientation,
  scale,
  at,
  numTicks,
  format,
  hideZero,
  tickLength,
}: AxisLineProps) {
  const bottom = orientation === "bottom";
  const range = scale.range();
  const from = Number(range[0]) + 0.5;
  const to = Number(range[range.length - 1]) + 0.5;
  const ticks = scale.ticks(numTicks).filter((value) => !hideZero || value !== 0);
  return (
    <g
      className={`visx-group visx-axis visx-axis-${orientation}`}
      transform={bottom ? `translate(0, ${at})` : `translate(${at}, 0)`}
    >
      {ticks.map((value, index) => {
        const p = scale(value);
        const text = format(value);
        return (
          <g
            key={`visx-tick-${value}-${index}`}
            className="visx-group visx-axis-tick"
            transform="translate(0, 0)"
          >
            {bottom ? (
              <Line x1={p} y1={0} x2={p} y2={tickLength} stroke={AXIS_STROKE} linecap="square" />
            ) : (
              <Line x1={0} y1={p} x2={-tickLength} y2={p} stroke={AXIS_STROKE} linecap="square" />
            )}
            {bottom ? (
              <text x={p} y={tickLength + 10} dy="0.25em" textAnchor="middle">
                {text}
              </text>
            ) : (
              <text x={-tickLength} y={p} dx="-0.25em" dy="0.25em" textAnchor="end">
                {text}
              </text>
            )}
          </g>
        );
      })}
      {bottom ? (
        <Line x1={from} y1={0} x2={to} y2={0} stroke={AXIS_STROKE} className="visx-axis-line" />
      ) : (
        <Line x1={0} y1={from} x2={0} y2={to} stroke={AXIS_STROKE} className="visx-axis-line" />
      )}
    </g>
  );
}
