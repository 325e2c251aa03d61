import { formatNumber } from "../i18n/formatNumber";
import type { Box } from "../models/labelPlacement";
import { textWidth } from "../models/labelPlacement";
import { axisPosition } from "../models/plane";
import type { PlaneContextValue } from "./PlaneContext";

/** About one tick every 80 px across, 60 px up. */
const X_TICK_SPACING = 80;
const Y_TICK_SPACING = 60;
/** How tick numbers are written unless the page says otherwise: up to 3 decimals, true minus. */
export function defaultTickFormat(locale: string): (value: number) => string {
  return (value) => formatNumber(value, { maximumFractionDigits: 3, locale });
}

/** Length of a tick mark, in pixels. */
export const TICK_LENGTH = 4;

/** How many ticks each axis asks its scale for, from the plotting area's size. */
export function tickCounts(width: number, height: number): { x: number; y: number } {
  return {
    x: Math.max(2, Math.round(width / X_TICK_SPACING)),
    y: Math.max(2, Math.round(height / Y_TICK_SPACING)),
  };
}

/** Where the two axes of a plane sit, in pixels, and whether they cross at the origin. */
export function axisLines(
  plane: Pick<PlaneContextValue, "xScale" | "yScale" | "domain">,
  placement: "origin" | "edge" = "origin",
): { xAxisAt: number; yAxisAt: number; crossing: boolean } {
  const { xScale, yScale, domain } = plane;
  const edge = placement === "edge";
  return {
    xAxisAt: yScale(edge ? domain.y[0] : axisPosition(domain.y)),
    yAxisAt: xScale(edge ? domain.x[0] : axisPosition(domain.x)),
    crossing: !edge && axisPosition(domain.x) === 0 && axisPosition(domain.y) === 0,
  };
}

/**
 * The boxes the tick numbers and axis names of `PlaneAxes` take, in the plotting area's pixels,
 * from the same ticks and positions it draws (text widths estimated): the places a label of the
 * picture must keep clear of.
 */
export function axisTextBoxes(
  plane: Pick<PlaneContextValue, "xScale" | "yScale" | "domain" | "width" | "height">,
  format: (value: number) => string,
  fontSize: number,
  placement: "origin" | "edge" = "origin",
): Box[] {
  const { xScale, yScale, width, height } = plane;
  const counts = tickCounts(width, height);
  const { xAxisAt, yAxisAt, crossing } = axisLines(plane, placement);
  const line = Math.ceil(fontSize * 1.25);
  const boxes: Box[] = [];
  for (const value of xScale.ticks(counts.x)) {
    if (crossing && value === 0) continue;
    const x = xScale(value);
    const half = textWidth(format(value), fontSize) / 2;
    boxes.push({
      left: x - half,
      top: xAxisAt,
      right: x + half,
      bottom: xAxisAt + TICK_LENGTH + 4 + line,
    });
  }
  for (const value of yScale.ticks(counts.y)) {
    if (crossing && value === 0) continue;
    const y = yScale(value);
    const w = textWidth(format(value), fontSize);
    boxes.push({
      left: yAxisAt - TICK_LENGTH - 4 - w,
      top: y - line / 2,
      right: yAxisAt,
      bottom: y + line / 2,
    });
  }
  // The axis names: "x" at the right end of the horizontal axis, "y" at the top of the vertical.
  boxes.push({ left: width - 4 - line, top: xAxisAt - 6 - line, right: width, bottom: xAxisAt });
  boxes.push({ left: yAxisAt, top: 0, right: yAxisAt + 6 + line, bottom: 10 + line / 2 });
  return boxes;
}
