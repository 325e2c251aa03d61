"use client";
import { memo } from "react";
import type { Vec2 } from "../math/vec";
import { useGradientWords } from "../hooks/useLocale";
import type { ContourPath } from "../models/gradientLandscape";
import { levelText } from "../models/gradientLandscape";
import { Curve } from "./Curve";
import { usePlane } from "./PlaneContext";
import { roundPixel } from "./pixels";

/** Props of {@link ContourMap}. */
export interface ContourMapProps {
  /** The contour lines by level (from `gradientLandscape`). */
  contours: readonly ContourPath[];
  /** Write each level's value on one of its lines. @default true */
  showLabels?: boolean | undefined;
}

/**
 * The level of each contour where the model put it, skipping any that would overlap another,
 * written in the reader's language (`0,25` in French).
 */
function LevelLabels({ contours }: { contours: readonly ContourPath[] }) {
  const { toPixel } = usePlane();
  const placed: [number, number][] = [];
  return contours.map((path) => {
    const at = path.labelAt ? toPixel(path.labelAt) : null;
    if (!at || placed.some(([x, y]) => Math.abs(x - at[0]) < 24 && Math.abs(y - at[1]) < 16))
      return null;
    placed.push([at[0], at[1]]);
    return <LevelText key={path.level} at={at} level={path.level} />;
  });
}

/**
 * One contour level written centred on a point in pixels, in the reader's language (for views
 * that place the levels themselves, clear of their own marks).
 */
export function LevelText({ at, level }: { at: Vec2; level: number }) {
  const locale = useGradientWords();
  return (
    <text
      className="slopes-contour-label"
      x={roundPixel(at[0])}
      y={roundPixel(at[1])}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {levelText(level, locale)}
    </text>
  );
}

/**
 * Contour lines of a landscape, one `Curve` per level, with the level written where the model
 * placed its label. Decorative for assistive technology: the widget's text carries the values.
 * Memoised: a probe move does not redraw the lines.
 */
export const ContourMap = memo(function ContourMap({
  contours,
  showLabels = true,
}: ContourMapProps) {
  return (
    <g className="slopes-contours" aria-hidden="true">
      {contours.map((path) => (
        <Curve key={path.level} segments={path.lines} className="slopes-contour" />
      ))}
      {showLabels ? <LevelLabels contours={contours} /> : null}
    </g>
  );
});
