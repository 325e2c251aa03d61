"use client";
import { memo, useId } from "react";
import type { MapCell } from "../models/gradientGrid";
import { usePlane } from "./PlaneContext";
import { roundPixel } from "./pixels";

/** Props of {@link Heatmap}. */
export interface HeatmapProps {
  /** Cells of the map (from `gradientLandscape`); band −1 marks where the cost is undefined. */
  cells: readonly MapCell[];
  /** Number of bands (the contour levels + 1): band / bands sets the shade. */
  bands: number;
  /** Shade the defined cells by band. @default true */
  showHeat?: boolean | undefined;
  /** Hatch the cells where the cost is undefined. @default true */
  showGaps?: boolean | undefined;
}

/**
 * The landscape's heat map under the contour lines: one rectangle per run of equal band, shaded
 * with the theme's `--slopes-heat` colour (stronger is higher), and a hatch where the cost is
 * undefined, so a gap reads as "nothing here", not as a low value. Memoised per cells.
 */
export const Heatmap = memo(function Heatmap({
  cells,
  bands,
  showHeat = true,
  showGaps = true,
}: HeatmapProps) {
  const { xScale, yScale, clipPath } = usePlane();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const hatch = `slopes-gap-${id}`;
  const steps = Math.max(1, bands - 1);
  return (
    <g className="slopes-heatmap" clipPath={clipPath} aria-hidden="true">
      <defs>
        <pattern
          id={hatch}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line className="slopes-gap-hatch" x1={0} y1={0} x2={0} y2={8} />
        </pattern>
      </defs>
      {cells.map((cell, index) => {
        const gap = cell.band < 0;
        if (gap ? !showGaps : !showHeat || cell.band === 0) return null;
        const x = roundPixel(xScale(cell.x0));
        const y = roundPixel(yScale(cell.y1));
        const width = roundPixel(xScale(cell.x1) - xScale(cell.x0));
        const height = roundPixel(yScale(cell.y0) - yScale(cell.y1));
        if (![x, y, width, height].every(Number.isFinite)) return null;
        return (
          <rect
            key={index}
            className={gap ? "slopes-gap" : "slopes-heat"}
            x={x}
            y={y}
            width={width + 0.5}
            height={height + 0.5}
            fill={gap ? `url(#${hatch})` : undefined}
            fillOpacity={gap ? undefined : roundPixel((0.5 * cell.band) / steps)}
          />
        );
      })}
    </g>
  );
});
