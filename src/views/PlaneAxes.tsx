"use client";
import { memo } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import type { TickRendererProps } from "@visx/axis";
import { GridColumns, GridRows } from "@visx/grid";
import { useLocale } from "../hooks/useLocale";
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

/** Baseline shift of visx's vertical anchors, in em. */
const ANCHOR_DY: Record<string, string> = { start: "0.71em", middle: "0.32em", end: "0" };

/**
 * A tick number as a plain SVG `<text>`. visx's default `Text` measures every word with a
 * hidden SVG element (a forced layout per tick) to support wrapping we do not use; on a page
 * of explorers that measuring was a large part of the first render.
 */
function PlainTick({
  x,
  y,
  dx,
  dy,
  textAnchor,
  verticalAnchor,
  formattedValue,
}: TickRendererProps) {
  return (
    <text x={x} y={y} dx={dx} dy={dy ?? ANCHOR_DY[verticalAnchor ?? "end"]} textAnchor={textAnchor}>
      {formattedValue}
    </text>
  );
}

/**
 * Grid and axes of the enclosing `Plane` (visx `GridRows`/`GridColumns`, `AxisBottom`/`AxisLeft`).
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
  const { code } = useLocale();
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
          <GridRows scale={yScale} width={width} numTicks={yTicks} />
          <GridColumns scale={xScale} height={height} numTicks={xTicks} />
        </g>
      ) : null}
      {axes ? (
        <g className="slopes-axis">
          <AxisBottom
            top={xAxisAt}
            scale={xScale}
            numTicks={xTicks}
            tickFormat={(value) => formatX(value.valueOf())}
            hideZero={crossing}
            tickLength={TICK_LENGTH}
            tickComponent={PlainTick}
          />
          <AxisLeft
            left={yAxisAt}
            scale={yScale}
            numTicks={yTicks}
            tickFormat={(value) => formatY(value.valueOf())}
            hideZero={crossing}
            tickLength={TICK_LENGTH}
            tickComponent={PlainTick}
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
