import { niceStep } from "../math/number";
import type { Vec2 } from "../math/vec";
import type { Domain } from "./plane";

/** A function sampled on a regular grid of `nx × ny` points covering a domain, corners included. */
export interface SampleGrid {
  readonly nx: number;
  readonly ny: number;
  readonly domain: Domain;
  /** Row-major values, `values[j * nx + i]` at `(x_i, y_j)`; NaN where undefined. */
  readonly values: Float64Array;
}

/** A rectangle of the map in math coordinates, with the band of the values it stands for. */
export interface MapCell {
  /** Left, right, bottom and top edges. */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  /** Index of the band (0 = lowest); −1 for an undefined cell. */
  readonly band: number;
}

/** Samples `f` at `n × n` grid points over `domain` (the same points d3-contour reads). */
export function sampleGrid(
  f: (x: number, y: number) => number,
  domain: Domain,
  n: number,
): SampleGrid {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = y0 + ((y1 - y0) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const v = f(x0 + ((x1 - x0) * i) / (n - 1), y);
      values[j * n + i] = Number.isFinite(v) ? v : Number.NaN;
    }
  }
  return { nx: n, ny: n, domain, values };
}

/**
 * `f` read from a grid where it was already sampled: at a point of the grid (the very numbers
 * {@link sampleGrid} computed, so d3-contour's pass over the same points costs no evaluation)
 * the stored value, elsewhere `f` itself.
 */
export function gridBacked(
  f: (x: number, y: number) => number,
  grid: SampleGrid,
): (x: number, y: number) => number {
  const { nx, ny, values } = grid;
  const [x0, x1] = grid.domain.x;
  const [y0, y1] = grid.domain.y;
  return (x, y) => {
    const i = Math.round(((x - x0) / (x1 - x0)) * (nx - 1));
    const j = Math.round(((y - y0) / (y1 - y0)) * (ny - 1));
    const onGrid =
      i >= 0 &&
      i < nx &&
      j >= 0 &&
      j < ny &&
      x0 + ((x1 - x0) * i) / (nx - 1) === x &&
      y0 + ((y1 - y0) * j) / (ny - 1) === y;
    return onGrid ? (values[j * nx + i] as number) : f(x, y);
  };
}

/** The sorted finite values of a grid. */
export function finiteSorted(values: ArrayLike<number>): number[] {
  const list: number[] = [];
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (Number.isFinite(v)) list.push(v);
  }
  return list.sort((a, b) => a - b);
}

/** The `q`-quantile (0…1) of sorted values; NaN for none. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))
  ] as number;
}

/**
 * A robust range of sorted values: the extremes, except that one lying far beyond the 5th or
 * 95th percentile (a spike near a pole, an exponential corner) is replaced by that percentile.
 * `[0, 1]` when nothing is finite; widened when flat.
 */
export function robustRange(sorted: readonly number[]): [number, number] {
  if (sorted.length === 0) return [0, 1];
  const p5 = quantile(sorted, 0.05);
  const p95 = quantile(sorted, 0.95);
  const core = p95 - p5;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const lo = p5 - min <= core ? min : p5;
  const hi = max - p95 <= core ? max : p95;
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(lo))) return [lo - 1, hi + 1];
  return [lo, hi];
}

/**
 * About `count` round contour levels (multiples of 1, 2 or 5 × 10ⁿ) strictly inside the range;
 * an explicit list is kept as given (finite values only, sorted).
 */
export function niceLevels(
  range: readonly [number, number],
  count: number | readonly number[],
): number[] {
  if (typeof count !== "number")
    return count
      .filter(Number.isFinite)
      .slice()
      .sort((a, b) => a - b);
  const [lo, hi] = range;
  const n = Math.max(1, Math.min(100, Math.round(count)));
  const step = niceStep((hi - lo) / n);
  const levels: number[] = [];
  for (let k = Math.floor(lo / step) + 1; k * step < hi && levels.length < 200; k++) {
    levels.push(Number((k * step).toPrecision(12)));
  }
  return levels;
}

/** Band of a value among sorted levels: how many levels lie at or below it. */
export function bandOf(value: number, levels: readonly number[]): number {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((levels[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The grid as rectangles for a heat map: each sample stands for the cell around it, and equal
 * neighbours along a row merge into one rectangle (a few hundred shapes, not thousands).
 * Undefined samples give band −1: the gaps of the map.
 */
export function gridCells(grid: SampleGrid, levels: readonly number[], maxCells = 64): MapCell[] {
  const stride = Math.max(1, Math.ceil(Math.max(grid.nx, grid.ny) / maxCells));
  const [x0, x1] = grid.domain.x;
  const [y0, y1] = grid.domain.y;
  const columns = indices(grid.nx, stride);
  const rows = indices(grid.ny, stride);
  const xs = columns.map((i) => x0 + ((x1 - x0) * i) / (grid.nx - 1));
  const ys = rows.map((j) => y0 + ((y1 - y0) * j) / (grid.ny - 1));
  const edges = (centres: number[], lo: number, hi: number): number[] => [
    lo,
    ...centres.slice(1).map((c, k) => (c + (centres[k] as number)) / 2),
    hi,
  ];
  const xEdges = edges(xs, x0, x1);
  const yEdges = edges(ys, y0, y1);
  const cells: MapCell[] = [];
  rows.forEach((j, r) => {
    let start = 0;
    let current = Number.NaN;
    const flush = (end: number) => {
      if (end > start)
        cells.push({
          x0: xEdges[start] as number,
          x1: xEdges[end] as number,
          y0: yEdges[r] as number,
          y1: yEdges[r + 1] as number,
          band: current,
        });
    };
    columns.forEach((i, c) => {
      const v = grid.values[j * grid.nx + i] as number;
      const band = Number.isFinite(v) ? bandOf(v, levels) : -1;
      if (c === 0) current = band;
      else if (band !== current) {
        flush(c);
        start = c;
        current = band;
      }
    });
    flush(columns.length);
  });
  return cells;
}

/** 0, stride, 2·stride, … and always the last index. */
function indices(n: number, stride: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < n; i += stride) list.push(i);
  if (list[list.length - 1] !== n - 1) list.push(n - 1);
  return list;
}

/**
 * Cuts lines wherever a point lies next to an undefined sample. d3-contour treats undefined
 * samples as lower than every level, so each level would otherwise trace the rim of an
 * undefined region; cutting there leaves the region as a clean gap.
 */
export function cutAtGaps(lines: readonly Vec2[][], grid: SampleGrid): Vec2[][] {
  const { nx, ny, values } = grid;
  const [x0, x1] = grid.domain.x;
  const [y0, y1] = grid.domain.y;
  const undefinedNear = (p: Vec2): boolean => {
    const gx = ((p[0] - x0) * (nx - 1)) / (x1 - x0);
    const gy = ((p[1] - y0) * (ny - 1)) / (y1 - y0);
    // A point on a grid vertex (d3 puts it there when one end of an edge is undefined) counts
    // as touching that vertex's neighbours too.
    const e = 1e-6;
    for (const i of [Math.floor(gx - e), Math.ceil(gx + e)])
      for (const j of [Math.floor(gy - e), Math.ceil(gy + e)]) {
        if (i < 0 || j < 0 || i >= nx || j >= ny) continue;
        if (Number.isNaN(values[j * nx + i] as number)) return true;
      }
    return false;
  };
  const out: Vec2[][] = [];
  for (const line of lines) {
    let run: Vec2[] = [];
    for (const p of line) {
      if (undefinedNear(p)) {
        if (run.length > 1) out.push(run);
        run = [];
      } else run.push(p);
    }
    if (run.length > 1) out.push(run);
  }
  return out;
}
