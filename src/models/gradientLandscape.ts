import type { ContourLevel, ContourOptions } from "../math/contour";
import { gridWithin } from "../math/budgets";
import { contourLines } from "../math/contour";
import type { Vec2 } from "../math/vec";
import { formatSignificant } from "../i18n/formatNumber";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import type { GradientCost } from "./gradientCost";
import type { MapCell, SampleGrid } from "./gradientGrid";
import {
  cutAtGaps,
  finiteSorted,
  gridBacked,
  gridCells,
  niceLevels,
  quantile,
  robustRange,
  sampleGrid,
} from "./gradientGrid";
import type { Domain } from "./plane";

/** Computes contour lines; the engine's `contourLines` (d3-contour) unless replaced. */
export type ContourFunction = (
  f: (x: number, y: number) => number,
  domain: readonly [Vec2, Vec2],
  options?: ContourOptions,
) => ContourLevel[];

/** Options of {@link gradientLandscape}. */
export interface LandscapeOptions {
  /** Grid points per axis for the contour lines, 8 to 512. @default 64 */
  readonly resolution?: number | undefined;
  /** About this many round contour levels, or the exact levels to draw. @default 10 */
  readonly levels?: number | readonly number[] | undefined;
  /** Arrows of the arrow field along the longer axis. @default 13 */
  readonly fieldDensity?: number | undefined;
  /** The contour algorithm. @default the engine's `contourLines` (d3-contour) */
  readonly contourLines?: ContourFunction | undefined;
  /** Language of the level texts (`0,25` in French). @default English */
  readonly locale?: GradientWords | undefined;
}

/** The contour lines of one level, with where to write its value. */
export interface ContourPath {
  readonly level: number;
  /** The level as written on the map (`4`, `0.25`; `0,25` in French). */
  readonly text: string;
  /** Polylines in math coordinates, cut where the cost is undefined. */
  readonly lines: Vec2[][];
  /** A point on the lines for the label, away from the map's border; null if none suits. */
  readonly labelAt: Vec2 | null;
}

/** One arrow of the gradient's arrow field. */
export interface FieldArrow {
  readonly from: Vec2;
  readonly to: Vec2;
  /** |∇L| at the arrow's centre. */
  readonly magnitude: number;
}

/**
 * Everything about the map that does not depend on the probe, computed once per cost, domain,
 * resolution and levels: moving the probe never recomputes it.
 */
export interface Landscape {
  readonly domain: Domain;
  /** Grid points per axis actually used. */
  readonly resolution: number;
  readonly levels: readonly number[];
  readonly contours: readonly ContourPath[];
  /** A robust range of the cost over the map (the y range of the slices). */
  readonly valueRange: readonly [number, number];
  /** Heat-map cells (band = contour band) and gaps (band −1 where the cost is undefined). */
  readonly cells: readonly MapCell[];
  /** True when the cost is undefined somewhere on the map. */
  readonly hasGaps: boolean;
  /** Typical steepness on the map: the 90th percentile of |∇L|. */
  readonly steepness: number;
  /** Map units per unit of gradient for the probe's arrows (the same at every probe position). */
  readonly arrowScale: number;
  /** |∇L| below this counts as "nearly zero" (a thousandth of the typical steepness). */
  readonly flatTolerance: number;
  readonly field: readonly FieldArrow[];
}

/** Resolution limits of the contour grid. */
export const RESOLUTION_RANGE: readonly [number, number] = [8, 512];

/**
 * The landscape of a cost over a domain: contour lines at round levels (d3-contour through the
 * engine, cut where the cost is undefined so those regions stay gaps), heat-map cells, the
 * typical steepness that fixes the arrows' scale, and the arrow field.
 */
export function gradientLandscape(
  cost: GradientCost,
  domain: Domain,
  options: LandscapeOptions = {},
): Landscape {
  // Each pass over the map stays within the engine's sampling budget: a huge cost is drawn on
  // a coarser grid rather than holding the page.
  const resolution = gridWithin(cost.size, clampResolution(options.resolution ?? 64));
  const contour = options.contourLines ?? contourLines;
  const grid = sampleGrid(cost.value, domain, resolution);
  const sorted = finiteSorted(grid.values);
  const valueRange = robustRange(sorted);
  const levels = niceLevels(valueRange, options.levels ?? 10);
  const hasGaps = sorted.length < grid.values.length;
  const raw =
    sorted.length === 0 || levels.length === 0
      ? []
      : contour(gridBacked(cost.value, grid), [domain.x, domain.y], {
          resolution,
          thresholds: levels,
        });
  const contours = raw
    .map((entry) => {
      const lines = hasGaps ? cutAtGaps(entry.lines, grid) : entry.lines;
      return {
        level: entry.level,
        text: levelText(entry.level, options.locale ?? GRADIENT_EN),
        lines,
        labelAt: labelPoint(lines, domain),
      };
    })
    .filter((path) => path.lines.length > 0);

  // Without exact partials the gradient is a difference quotient of the cost anyway: take it
  // from the grid already sampled instead of four more evaluations a point.
  const magnitudes =
    cost.partials === null
      ? gridMagnitudes(grid)
      : gradientMagnitudes(cost, domain, gridWithin(cost.gradientSize, 33));
  const steepness = quantile(magnitudes, 0.9);
  const span = Math.min(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0]);
  const typical = Number.isFinite(steepness) && steepness > 0 ? steepness : 0;
  return {
    domain,
    resolution,
    levels,
    contours,
    valueRange,
    cells: gridCells(grid, levels),
    hasGaps,
    steepness: typical,
    arrowScale: typical > 0 ? (0.3 * span) / typical : 1,
    flatTolerance: typical > 0 ? 1e-3 * typical : 1e-9,
    field: arrowField(
      cost,
      domain,
      gridWithin(cost.gradientSize, options.fieldDensity ?? 13),
      typical,
    ),
  };
}

/** A contour level as written on the map: three significant digits, in the reader's language. */
export function levelText(level: number, locale: GradientWords): string {
  return formatSignificant(level, { digits: 3, locale: locale.code });
}

/**
 * The same landscape with its level texts in another language: only the texts are rewritten
 * (the contour lines are reused, never recomputed), and the landscape itself is returned when
 * they are already in that language.
 */
export function relabelLandscape(landscape: Landscape, locale: GradientWords): Landscape {
  const texts = landscape.contours.map((path) => levelText(path.level, locale));
  if (texts.every((text, k) => text === landscape.contours[k]?.text)) return landscape;
  return {
    ...landscape,
    contours: landscape.contours.map((path, k) => ({ ...path, text: texts[k] ?? path.text })),
  };
}

/** Resolution as a whole number within {@link RESOLUTION_RANGE}; 64 when not a number. */
export function clampResolution(resolution: number): number {
  if (!Number.isFinite(resolution)) return 64;
  return Math.round(Math.min(RESOLUTION_RANGE[1], Math.max(RESOLUTION_RANGE[0], resolution)));
}

/** Sorted finite |∇L| at the inner points of a sampled grid, by central differences. */
function gridMagnitudes(grid: SampleGrid): number[] {
  const { nx, ny, values } = grid;
  const dx = (grid.domain.x[1] - grid.domain.x[0]) / (nx - 1);
  const dy = (grid.domain.y[1] - grid.domain.y[0]) / (ny - 1);
  const list: number[] = [];
  for (let j = 1; j < ny - 1; j++) {
    for (let i = 1; i < nx - 1; i++) {
      const at = j * nx + i;
      const gx = ((values[at + 1] as number) - (values[at - 1] as number)) / (2 * dx);
      const gy = ((values[at + nx] as number) - (values[at - nx] as number)) / (2 * dy);
      const magnitude = Math.hypot(gx, gy);
      if (Number.isFinite(magnitude)) list.push(magnitude);
    }
  }
  return list.sort((a, b) => a - b);
}

/** Sorted finite |∇L| at n × n points of the domain. */
function gradientMagnitudes(cost: GradientCost, domain: Domain, n: number): number[] {
  const grid: SampleGrid = sampleGrid(
    (x, y) => {
      const [gx, gy] = cost.gradient(x, y);
      return Math.hypot(gx, gy);
    },
    domain,
    n,
  );
  return finiteSorted(grid.values);
}

/** Arrows at the centres of a grid of cells, as long as 85 % of a cell at typical steepness. */
function arrowField(
  cost: GradientCost,
  domain: Domain,
  density: number,
  typical: number,
): FieldArrow[] {
  if (!(typical > 0)) return [];
  const width = domain.x[1] - domain.x[0];
  const height = domain.y[1] - domain.y[0];
  const cell = Math.max(width, height) / Math.max(2, Math.min(60, Math.round(density)));
  const columns = Math.max(1, Math.round(width / cell));
  const rows = Math.max(1, Math.round(height / cell));
  const cw = width / columns;
  const ch = height / rows;
  const reach = 0.85 * Math.min(cw, ch);
  const arrows: FieldArrow[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const centre: Vec2 = [domain.x[0] + (c + 0.5) * cw, domain.y[0] + (r + 0.5) * ch];
      const [gx, gy] = cost.gradient(centre[0], centre[1]);
      const magnitude = Math.hypot(gx, gy);
      if (!Number.isFinite(magnitude) || magnitude === 0) continue;
      const length = Math.min(reach, (magnitude / typical) * reach);
      const ux = (gx / magnitude) * (length / 2);
      const uy = (gy / magnitude) * (length / 2);
      arrows.push({
        from: [centre[0] - ux, centre[1] - uy],
        to: [centre[0] + ux, centre[1] + uy],
        magnitude,
      });
    }
  }
  return arrows;
}

/**
 * Where to write a level's value: the point of its lines farthest towards the upper right, at
 * least 6 % of the map away from the border (labels of nested rings line up along a diagonal
 * instead of piling up on an axis).
 */
function labelPoint(lines: readonly Vec2[][], domain: Domain): Vec2 | null {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const mx = 0.06 * (x1 - x0);
  const my = 0.06 * (y1 - y0);
  let best: Vec2 | null = null;
  let score = -Infinity;
  for (const p of lines.flat()) {
    if (p[0] < x0 + mx || p[0] > x1 - mx || p[1] < y0 + my || p[1] > y1 - my) continue;
    const s = (p[0] - x0) / (x1 - x0) + (p[1] - y0) / (y1 - y0);
    if (s > score) {
      score = s;
      best = p;
    }
  }
  return best;
}
