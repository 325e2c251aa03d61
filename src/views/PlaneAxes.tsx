"use client";
import { memo } from "react";
import { AxisLine, GridLines } from "./AxisMarks";
import { useLocaleCode } from "../hooks/useLocale";
import { axisLines, defaultTickFormat, TICK_LENGTH, tickCounts } from "./axisLayout";
import { usePlane } from "./PlaneContext";

/** Props of {@link PlaneAxes}. */
export interface PlaneAxesProps {
  /** Draw grid lines. @default true */
  grid?: boolean | undefined;
  /** Draw the two axes with ticks and numbers. @default true */
  axes?: boolean | undefined;
  /** Name at the right end of the horizontal axis. @default "x" */
  xLabel?: string | undefined;
  /** Name at the top end of the vertical axis. @default "y" */
  yLabel?: string | undefined;
  /** How tick numbers are written. @default up to 3 decimals, true minus sign */
  xTickFormat?: ((value: number) => string) | undefined;
  yTickFormat?: ((value: number) => string) | undefined;
  /** Axes through the origin when it is in view, or always along the lower and left edges. @default "origin" */
  placement?: "origin" | "edge" | undefined;
}

/**
 * Grid and axes of the enclosing `Plane` (drawn as visx `GridRows`/`GridColumns` and
 * `AxisBottom`/`AxisLeft` draw them; see `AxisMarks`).
 * The axes cross at the origin when it is in view, else they sit at the lower and left edges.
 * Decorative for assistive technology: the numbers a reader needs come from the widgets' text.
 * Memoised: a drag re-renders the plane's shapes on every frame, never its grid and axes.
 */
export const PlaneAxes = memo(function PlaneAxes({
  grid = true,
  axes = true,
  xLabel = "x",
  yLabel = "y",
  xTickFormat,
  yTickFormat,
  placement = "origin",
}: PlaneAxesProps) {
  const code = useLocaleCode();
  const formatX = xTickFormat ?? defaultTickFormat(code);
  const formatY = yTickFormat ?? defaultTickFormat(code);
  const plane = usePlane();
  const { xScale, yScale, width, height } = plane;
  const { x: xTicks, y: yTicks } = tickCounts(width, height);
  const { xAxisAt, yAxisAt, crossing } = axisLines(plane, placement);

  return (
    <g aria-hidden="true">
      {grid ? (
        <g className="slopes-grid">
          <GridLines direction="rows" scale={yScale} length={width} numTicks={yTicks} />
          <GridLines direction="columns" scale={xScale} length={height} numTicks={xTicks} />
        </g>
      ) : null}
      {axes ? (
        <g className="slopes-axis">
          <AxisLine
            orientation="bottom"
            at={xAxisAt}
            scale={xScale}
            numTicks={xTicks}
            format={formatX}
            hideZero={crossing}
            tickLength={TICK_LENGTH}
          />
          <AxisLine
            orientation="left"
            at={yAxisAt}
            scale={yScale}
            numTicks={yTicks}
            format={formatY}
            hideZero={crossing}
            tickLength={TICK_LENGTH}
          />
          <text className="slopes-axis-label" x={width - 4} y={xAxisAt - 6} textAnchor="end">
            {xLabel}
          </text>
          <text className="slopes-axis-label" x={yAxisAt + 6} y={10}>
            {yLabel}
          </text>
        </g>
      ) : null}
    </g>
  );
});
