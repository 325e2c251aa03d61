import { contours } from "d3-contour";
import type { Vec2 } from "./vec";

/** Options of {@link contourLines}. */
export interface ContourOptions {
  /**
   * Samples per axis (`[nx, ny]` or one number for both), at least 2.
   * @default 64
   */
  readonly resolution?: number | Vec2;
  /**
   * The levels to draw, or a count of "nice" levels chosen over the range of values.
   * @default 10
   */
  readonly thresholds?: readonly number[] | number;
}

/** The contour lines of one level. */
export interface ContourLevel {
  /** The value of the function along these lines. */
  readonly level: number;
  /** Polylines in math coordinates; a closed loop repeats its first point at the end. */
  readonly lines: Vec2[][];
}

/**
 * Contour lines (level curves) of `f(x, y)` over `[[xmin, xmax], [ymin, ymax]]`, computed with
 * d3-contour (marching squares, linear interpolation) and returned in math coordinates.
 * Only the lines are returned: the borders of the region that d3 adds to close polygons are cut away.
 */
export function contourLines(
  f: (x: number, y: number) => number,
  domain: readonly [Vec2, Vec2],
  options: ContourOptions = {},
): ContourLevel[] {
  const [[xmin, xmax], [ymin, ymax]] = domain;
  const resolution = options.resolution ?? 64;
  const [nx, ny] = (typeof resolution === "number" ? [resolution, resolution] : resolution).map(
    (n) => Math.max(2, Math.min(1024, Math.floor(n) || 2)),
  ) as [number, number];
  const values = new Array<number>(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = ymin + ((ymax - ymin) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      const v = f(xmin + ((xmax - xmin) * i) / (nx - 1), y);
      values[j * nx + i] = Number.isFinite(v) ? v : Number.NaN;
    }
  }
  if (!values.some(Number.isFinite)) return [];
  const generator = contours().size([nx, ny]);
  const thresholds = options.thresholds ?? 10;
  if (typeof thresholds === "number") generator.thresholds(thresholds);
  else generator.thresholds(thresholds.filter(Number.isFinite) as number[]);
  const toMath = (p: number[]): Vec2 => [
    xmin + (((p[0] as number) - 0.5) * (xmax - xmin)) / (nx - 1),
    ymin + (((p[1] as number) - 0.5) * (ymax - ymin)) / (ny - 1),
  ];
  const onBorder = (p: number[]): boolean => p[0] === 0 || p[0] === nx || p[1] === 0 || p[1] === ny;
  return generator(values).map((multi) => ({
    level: multi.value,
    lines: multi.coordinates
      .flatMap((polygon) => polygon.flatMap((ring) => splitRing(ring, onBorder)))
      .map((line) => line.map(toMath)),
  }));
}

/** Cuts a closed ring at the points where it runs along the grid border. */
function splitRing(ring: number[][], onBorder: (p: number[]) => boolean): number[][][] {
  const points = ring.slice(0, -1);
  const first = points.findIndex(onBorder);
  if (first < 0) return [ring];
  const rotated = [...points.slice(first), ...points.slice(0, first)];
  const lines: number[][][] = [];
  let line: number[][] = [];
  for (const p of rotated) {
    if (onBorder(p)) {
      if (line.length >= 2) lines.push(line);
      line = [];
    } else line.push(p);
  }
  if (line.length >= 2) lines.push(line);
  return lines;
}
